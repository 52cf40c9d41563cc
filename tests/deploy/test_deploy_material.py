"""deploy/ (Dockerfile, compose.yaml, k8s/) parses and agrees with the code: every SITEWATCH_* variable it
sets is one the code reads, every probe targets a route the application serves, images and ports match."""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from starlette.routing import Route

from backend.app import create_app
from backend.client_address import TrustedProxies, parse_proxies
from backend.media.keys import ensure_ticket_keys
from backend.settings import Secret, Settings
from media_gateway.app import create_app as create_gateway_app
from media_gateway.server import build_gateway, parse_args

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
IMAGE = "registry.example.org/sitewatch"
BACKEND_PORT, GATEWAY_PORT = 8000, 8001
# What Kubernetes, compose and the topology may probe: no key needed, nothing about cameras or sessions.
UNAUTHENTICATED_PROBES = ("/healthz", "/readyz")


def env_names_read_by(*relative_paths: str) -> set[str]:
    """SITEWATCH_* names the given modules read: literal names, ``_env*("X")`` (settings) and ``ENV + "X"``
    (gateway)."""
    names: set[str] = set()
    for relative in relative_paths:
        source = (ROOT / relative).read_text()
        names |= set(re.findall(r"\b(SITEWATCH_[A-Z0-9_]+)\b", source))
        names |= {f"SITEWATCH_{n}" for n in re.findall(r"\b_env(?:_int|_bool)?\(\s*\"([A-Z0-9_]+)\"", source)}
        names |= {f"SITEWATCH_GATEWAY_{n}" for n in re.findall(r"ENV \+ \"([A-Z0-9_]+)\"", source)}
    return names


# What a backend process reads: settings.py, plus the serve command, logging and display time zone.
BACKEND_ENV = env_names_read_by(
    "backend/settings.py", "backend/cli.py", "backend/observability/logs.py", "backend/timefmt.py"
)
GATEWAY_ENV = env_names_read_by(
    "media_gateway/server.py",
    "media_gateway/directory.py",
    "media_gateway/playback.py",
    "media_gateway/exports.py",
    "backend/observability/logs.py",
    "backend/observability/metrics.py",
)


def load_all(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def k8s_objects() -> list[dict[str, Any]]:
    kustomization = yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())
    objects = []
    for resource in kustomization["resources"]:
        objects += load_all(DEPLOY / "k8s" / resource)
    return objects


def by_kind(objects: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [o for o in objects if o["kind"] == kind]


@pytest.fixture(scope="module")
def backend_routes(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    data = tmp_path_factory.mktemp("deploy-app")
    settings = Settings(
        database_url=f"sqlite://{data / 'db.sqlite3'}",
        redis_url=None,
        jwt_secret=Secret("x" * 40),
        demo_mode=False,
        data_dir=data,
        frontend_dist=data / "no-spa",
    )
    app = create_app(settings, manage_database=False)
    return {route.path for route in app.routes if isinstance(route, Route) and "{" not in route.path}


@pytest.fixture(scope="module")
def gateway_routes(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    keys = tmp_path_factory.mktemp("deploy-keys")
    ensure_ticket_keys(keys / "private.pem", keys / "public.pem")
    args = parse_args(
        ["--camera", "1=rtsp://127.0.0.1:9/x/main", "--ticket-public-key", str(keys / "public.pem")]
    )
    app = create_gateway_app(build_gateway(args), ["*"])
    return {route.path for route in app.routes if isinstance(route, Route) and "{" not in route.path}


def test_the_code_reads_what_the_tests_expect() -> None:
    # guards the scan itself: a rename in settings.py must not silently empty these sets
    assert {"SITEWATCH_DATABASE_URL", "SITEWATCH_JWT_SECRET", "SITEWATCH_METRICS_TOKEN"} <= BACKEND_ENV
    assert {"SITEWATCH_GATEWAY_ID", "SITEWATCH_GATEWAY_CREDENTIAL", "SITEWATCH_BACKEND_URL"} <= GATEWAY_ENV
    assert "SITEWATCH_CREDENTIALS_KEY" in BACKEND_ENV


def test_dockerfile_builds_the_spa_then_python_and_runs_unprivileged() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    stages = re.findall(r"^FROM\s+(\S+)(?:\s+AS\s+(\S+))?", text, flags=re.MULTILINE | re.IGNORECASE)
    names = [name for _, name in stages]
    assert names[:2] == ["spa", "python"] and len(stages) >= 3, stages
    assert stages[0][0].startswith("node:")
    assert "npm --prefix frontend run build" in text
    assert re.search(r"COPY --from=spa \S*frontend/dist", text)
    assert re.search(r"COPY --from=python /opt/sitewatch", text)
    assert re.search(r"^USER 10001", text, flags=re.MULTILINE)
    exposed = {
        int(p) for line in re.findall(r"^EXPOSE (.+)$", text, flags=re.MULTILINE) for p in line.split()
    }
    assert exposed == {BACKEND_PORT, GATEWAY_PORT}
    assert 'ENTRYPOINT ["sitewatch"]' in text
    for name in re.findall(r"\b(SITEWATCH_[A-Z_]+)=", text):
        assert name in BACKEND_ENV | GATEWAY_ENV, f"Dockerfile sets {name}, which no code reads"
    for copied in re.findall(r"^COPY (?!--from)(.+) \S+$", text, flags=re.MULTILINE):
        for source in copied.split():
            assert (ROOT / source).exists(), f"Dockerfile copies {source}, which is not in the repository"


def test_kubernetes_has_deployments_only_and_consistent_images() -> None:
    objects = k8s_objects()
    kinds = {o["kind"] for o in objects}
    assert "StatefulSet" not in kinds, "PostgreSQL and Redis are external: no StatefulSet"
    deployments = {o["metadata"]["name"]: o for o in by_kind(objects, "Deployment")}
    assert "sitewatch-backend" in deployments
    gateways = [d for name, d in deployments.items() if name.startswith("sitewatch-gateway")]
    assert len(gateways) >= 2
    for workload in [*deployments.values(), *by_kind(objects, "Job")]:
        for container in workload["spec"]["template"]["spec"]["containers"]:
            assert container["image"].rsplit(":", 1)[0] == IMAGE, container["image"]
    kustomization = yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())
    assert [image["name"] for image in kustomization["images"]] == [IMAGE]
    assert deployments["sitewatch-backend"]["spec"]["replicas"] >= 2
    # districts are assigned in the gateway register; each Deployment records its group in an annotation
    districts = [
        gateway["metadata"]["annotations"]["sitewatch.example.org/districts"] for gateway in gateways
    ]
    served = [code for value in districts for code in value.split(",")]
    assert len(served) == len(set(served)) == 16, "each of the 16 districts is served by exactly one gateway"
    # each gateway authenticates with its own credential, from a Secret the backends do not load
    credential_refs = []
    for gateway in gateways:
        env = {e["name"]: e for e in gateway["spec"]["template"]["spec"]["containers"][0]["env"]}
        assert "SITEWATCH_GATEWAY_KEY" not in env, "the shared gateway key is gone"
        ref = env["SITEWATCH_GATEWAY_CREDENTIAL"]["valueFrom"]["secretKeyRef"]
        gateway_id = env["SITEWATCH_GATEWAY_ID"]["value"]
        assert ref["key"] == gateway_id, (gateway_id, ref)
        credential_refs.append(ref["name"])
    backend_sources = {
        (source.get("secretRef") or {}).get("name")
        for source in deployments["sitewatch-backend"]["spec"]["template"]["spec"]["containers"][0]["envFrom"]
    }
    assert not set(credential_refs) & backend_sources


def _container_env(container: dict[str, Any], objects: list[dict[str, Any]]) -> set[str]:
    names = {env["name"] for env in container.get("env", [])}
    for source in container.get("envFrom", []):
        ref = source.get("configMapRef") or source.get("secretRef")
        kind = "ConfigMap" if "configMapRef" in source else "Secret"
        matches = [o for o in by_kind(objects, kind) if o["metadata"]["name"] == ref["name"]]
        assert matches, f"envFrom refers to a missing {kind} {ref['name']}"
        names |= set((matches[0].get("data") or {}) | (matches[0].get("stringData") or {}))
    return names


def test_kubernetes_environment_is_read_by_the_code() -> None:
    objects = k8s_objects()
    for workload in [*by_kind(objects, "Deployment"), *by_kind(objects, "Job")]:
        known = GATEWAY_ENV if "gateway" in workload["metadata"]["name"] else BACKEND_ENV
        for container in workload["spec"]["template"]["spec"]["containers"]:
            names = {n for n in _container_env(container, objects) if n.startswith("SITEWATCH_")}
            unknown = names - known
            assert not unknown, f"{workload['metadata']['name']} sets {sorted(unknown)}, which no code reads"
            for env in container.get("env", []):
                ref = (env.get("valueFrom") or {}).get("secretKeyRef")
                if ref:
                    secret = [o for o in by_kind(objects, "Secret") if o["metadata"]["name"] == ref["name"]]
                    assert secret and ref["key"] in secret[0]["stringData"], ref
    backend = next(d for d in by_kind(objects, "Deployment") if d["metadata"]["name"] == "sitewatch-backend")
    required = {
        "SITEWATCH_DATABASE_URL",
        "SITEWATCH_REDIS_URL",
        "SITEWATCH_JWT_SECRET",
        "SITEWATCH_CREDENTIALS_KEY",
    }
    backend_env = _container_env(backend["spec"]["template"]["spec"]["containers"][0], objects)
    assert required <= backend_env
    secret_keys = set(
        next(o for o in by_kind(objects, "Secret") if o["metadata"]["name"] == "sitewatch-secrets")[
            "stringData"
        ]
    )
    assert required <= secret_keys, "keys and connection strings come from a Secret"


def test_kubernetes_probes_hit_routes_the_apps_serve(
    backend_routes: set[str], gateway_routes: set[str]
) -> None:
    objects = k8s_objects()
    assert {"/healthz", "/readyz", "/metrics"} <= backend_routes
    assert {"/health", "/healthz", "/readyz", "/metrics"} <= gateway_routes
    for deployment in by_kind(objects, "Deployment"):
        routes = gateway_routes if "gateway" in deployment["metadata"]["name"] else backend_routes
        expected_port = GATEWAY_PORT if "gateway" in deployment["metadata"]["name"] else BACKEND_PORT
        for container in deployment["spec"]["template"]["spec"]["containers"]:
            ports = {p["name"]: p["containerPort"] for p in container["ports"]}
            assert ports == {"http": expected_port}
            assert "readinessProbe" in container and "livenessProbe" in container
            for kind in ("readinessProbe", "livenessProbe", "startupProbe"):
                probe = container.get(kind)
                if probe is None:
                    continue
                assert probe["httpGet"]["path"] in routes, f"{kind} {probe['httpGet']['path']} is not served"
                assert probe["httpGet"]["path"] in UNAUTHENTICATED_PROBES, (
                    f"{kind} {probe['httpGet']['path']}: a probe sends no key"
                )
                assert probe["httpGet"]["port"] in ports, f"{kind} port {probe['httpGet']['port']}"
            annotations = deployment["spec"]["template"]["metadata"].get("annotations", {})
            assert annotations.get("prometheus.io/path") in routes
            assert int(annotations["prometheus.io/port"]) == expected_port
    backend = next(d for d in by_kind(objects, "Deployment") if d["metadata"]["name"] == "sitewatch-backend")
    probes = backend["spec"]["template"]["spec"]["containers"][0]
    assert probes["readinessProbe"]["httpGet"]["path"] == "/readyz", (
        "readiness must check the database and Redis"
    )


def test_kubernetes_services_select_their_pods() -> None:
    objects = k8s_objects()
    deployments = by_kind(objects, "Deployment")
    for service in by_kind(objects, "Service"):
        selector = service["spec"]["selector"]
        targets = [
            d for d in deployments if selector.items() <= d["spec"]["template"]["metadata"]["labels"].items()
        ]
        assert len(targets) == 1, f"service {service['metadata']['name']} selects {len(targets)} deployments"
        port_names = {p["name"] for p in targets[0]["spec"]["template"]["spec"]["containers"][0]["ports"]}
        for port in service["spec"]["ports"]:
            assert port["targetPort"] in port_names
        assert (
            targets[0]["spec"]["selector"]["matchLabels"].items()
            <= targets[0]["spec"]["template"]["metadata"]["labels"].items()
        )
    ingress = by_kind(objects, "Ingress")[0]
    service_names = {s["metadata"]["name"] for s in by_kind(objects, "Service")}
    for rule in ingress["spec"]["rules"]:
        for path in rule["http"]["paths"]:
            assert path["backend"]["service"]["name"] in service_names


def test_compose_runs_the_same_image_with_known_settings(
    backend_routes: set[str], gateway_routes: set[str]
) -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert {"postgres", "redis", "backend", "nginx", "gateway-1", "gateway-2"} <= set(services)
    assert services["backend"]["deploy"]["replicas"] >= 2
    assert services["migrate"]["build"]["dockerfile"] == "deploy/Dockerfile"
    assert (DEPLOY / services["migrate"]["build"]["context"]).resolve() == ROOT, "context: the repository"
    images = {services[name]["image"] for name in ("migrate", "backend", "gateway-1", "gateway-2")}
    assert len(images) == 1, images
    districts: list[str] = []
    for name, service in services.items():
        environment = service.get("environment") or {}
        sitewatch_names = {n for n in environment if n.startswith("SITEWATCH_")}
        known = GATEWAY_ENV if name.startswith("gateway") else BACKEND_ENV
        assert sitewatch_names <= known, f"{name} sets {sorted(sitewatch_names - known)}, which no code reads"
        if name.startswith("gateway"):
            districts += service["labels"]["org.sitewatch.districts"].split(",")
            assert environment["SITEWATCH_GATEWAY_CREDENTIAL"].startswith("${"), (
                "its own credential, from .env"
            )
            assert "SITEWATCH_GATEWAY_KEY" not in environment
            port = environment["SITEWATCH_GATEWAY_PORT"]
            test = " ".join(service["healthcheck"]["test"])
            assert f"127.0.0.1:{port}/readyz" in test and "/readyz" in gateway_routes
    assert len(districts) == len(set(districts)) == 16
    backend_check = " ".join(services["backend"]["healthcheck"]["test"])
    assert "/readyz" in backend_check and "/readyz" in backend_routes
    mounted = services["nginx"]["volumes"][0].split(":")[0]
    assert (DEPLOY / mounted).exists()
    # the backends read X-Forwarded-For from nginx only: its fixed address is their trusted proxy
    nginx_address = services["nginx"]["networks"]["default"]["ipv4_address"]
    trusted = parse_proxies(services["backend"]["environment"]["SITEWATCH_TRUSTED_PROXIES"])
    assert TrustedProxies(trusted).trusts(nginx_address)
    subnet = compose["networks"]["default"]["ipam"]["config"][0]["subnet"]
    assert ipaddress.ip_address(nginx_address) in ipaddress.ip_network(subnet)


def test_kubernetes_backends_trust_a_proxy_network() -> None:
    config = next(
        o for o in by_kind(k8s_objects(), "ConfigMap") if o["metadata"]["name"] == "sitewatch-config"
    )
    assert parse_proxies(config["data"]["SITEWATCH_TRUSTED_PROXIES"]), "the Ingress controller's addresses"


async def test_probe_routes_answer_without_a_key_and_health_needs_one(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    keys = tmp_path_factory.mktemp("probe-keys")
    ensure_ticket_keys(keys / "private.pem", keys / "public.pem")
    args = parse_args(
        ["--camera", "1=rtsp://127.0.0.1:9/x/main", "--ticket-public-key", str(keys / "public.pem")]
    )
    gateway = build_gateway(args)
    transport = httpx.ASGITransport(app=create_gateway_app(gateway, ["*"]))
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as http:
        assert (await http.get("/healthz")).status_code == 200
        assert (await http.get("/readyz")).status_code == 503, "not started yet"
        gateway.ready = True
        assert (await http.get("/readyz")).json() == {"status": "ready"}
        assert (await http.get("/health")).status_code == 401
        for path in UNAUTHENTICATED_PROBES:
            answer = await http.get(path, headers={"Origin": "https://spa.example"})
            assert "access-control-allow-origin" not in answer.headers
            assert "camera" not in answer.text


def test_proxies_do_not_publish_metrics_or_internal_endpoints() -> None:
    from backend.topology import NGINX_CONFIG

    for name, text in (
        ("deploy/nginx.conf", (DEPLOY / "nginx.conf").read_text()),
        ("topology", NGINX_CONFIG),
    ):
        assert re.search(r"location = /metrics \{+ return 404; \}+", text), name
        assert "location /internal/" in text, name
        assert re.search(r"proxy_set_header Upgrade \$http_upgrade", text), f"{name}: WebSocket subscriptions"
        assert "X-Request-ID" in text, name
