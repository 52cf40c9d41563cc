"""Operations: structured JSON logs with request ids, Prometheus metrics, the request-context middleware.

Shared by the backend and the media gateways (both are processes of the same package)."""
