"""SiteWatch backend: GraphQL API, domain services and the SPA host."""
