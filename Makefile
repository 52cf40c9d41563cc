.PHONY: run test bootstrap lint typecheck check-generated pytest bench

run: bootstrap
	.venv/bin/sitewatch demo

test: bootstrap
	bash scripts/ensure-services.sh
	$(MAKE) --no-print-directory lint typecheck check-generated
	.venv/bin/python -m pytest -p no:cacheprovider

bootstrap:
	bash scripts/bootstrap.sh

lint:
	.venv/bin/ruff check backend media_gateway tests e2e bench
	.venv/bin/ruff format --check backend media_gateway tests e2e bench

typecheck:
	.venv/bin/mypy
	npm --prefix frontend run typecheck --silent

check-generated:
	.venv/bin/sitewatch export-schema --check
	.venv/bin/sitewatch makemigrations --check
	@# the SPA build regenerates its GraphQL types from schema.graphql: the committed ones must match
	git diff --exit-code --stat -- frontend/src/graphql/generated

bench: bootstrap
	.venv/bin/python bench/api/bench_dashboard.py
