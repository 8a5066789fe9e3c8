# Mobility Desk: run it, test it, measure it. `make` alone prints the targets.
# Everything runs on one machine without Docker: Java 17, Node 20, Debian's PostgreSQL.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.NOTPARALLEL:
.PHONY: help run stop test test-backend test-frontend e2e openapi bench clean status

S := scripts
MVN_FLAGS := -B -Dquarkus.analytics.disabled=true

help: ## show this help
	@echo "Mobility Desk - Erasmus+ KA171 international credit mobility"
	@echo
	@echo "usage: make <target>"
	@echo
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-14s %s\n", $$1, $$2}'
	@echo
	@echo "Ports: SPA 5173, API 8080, Keycloak 8180 (health 9000), e2e stack 8081/5174, bench 8082."

run: ## start PostgreSQL, Keycloak, the backend (demo data) and the SPA; print the URLs
	@$(S)/ensure-postgres.sh
	@$(S)/keycloak.sh fetch
	@$(S)/keycloak.sh start
	@$(S)/backend.sh build
	@BACKEND_NAME=backend HTTP_PORT=8080 QUARKUS_PROFILE=prod,demo \
	  DB_URL=jdbc:postgresql://127.0.0.1:5432/mobility $(S)/backend.sh start
	@$(S)/frontend.sh build
	@FRONTEND_NAME=frontend PORT=5173 BACKEND_URL=http://127.0.0.1:8080 $(S)/frontend.sh start
	@echo
	@echo "Mobility Desk is running:"
	@echo "  SPA          http://localhost:5173"
	@echo "  Swagger UI   http://localhost:8080/q/swagger-ui"
	@echo "  API          http://localhost:8080/api/v1  (contract: openapi.yaml)"
	@echo "  Keycloak     http://localhost:8180  (realm mobility-desk; master admin kcadmin/kcadmin)"
	@echo
	@echo "Demo accounts (DEMO ONLY, password = user name):"
	@echo "  applicant / applicant      coordinator / coordinator"
	@echo "  student / student          (a second applicant)"
	@echo "  evaluator / evaluator      admin / admin"
	@echo "  evaluator2 / evaluator2    (a second evaluator: the demo doctoral call has a two-member panel)"
	@echo "  partner system: client partner-tartu, secret DEMO-ONLY-partner-tartu-secret-not-for-production"
	@echo
	@echo "Logs in .run/*.log. Stop everything with: make stop"

stop: ## stop everything make run / make test / make bench started from this checkout
	@FRONTEND_NAME=frontend PORT=5173 $(S)/frontend.sh stop
	@FRONTEND_NAME=frontend-e2e PORT=5174 $(S)/frontend.sh stop
	@BACKEND_NAME=backend HTTP_PORT=8080 $(S)/backend.sh stop
	@BACKEND_NAME=backend-e2e HTTP_PORT=8081 $(S)/backend.sh stop
	@BACKEND_NAME=backend-bench HTTP_PORT=8082 $(S)/backend.sh stop
	@$(S)/keycloak.sh stop

status: ## say what runs
	@$(S)/keycloak.sh status || true
	@BACKEND_NAME=backend HTTP_PORT=8080 $(S)/backend.sh status || true
	@FRONTEND_NAME=frontend PORT=5173 $(S)/frontend.sh status || true

test: ## everything CI runs: backend tests, contract check, frontend checks, end-to-end tests
	@$(S)/ensure-tools.sh chromium
	@$(S)/ensure-postgres.sh
	@$(MAKE) --no-print-directory test-backend
	@$(MAKE) --no-print-directory test-frontend
	@E2E_SKIP_BUILD=1 $(MAKE) --no-print-directory e2e
	@echo "make test: all tests passed"

test-backend: ## backend unit and API tests against PostgreSQL (database mobility_test), contract check
	@$(S)/ensure-postgres.sh
	cd backend && ./mvnw $(MVN_FLAGS) verify

test-frontend: ## frontend lint, type check, unit tests and production build
	@$(S)/frontend.sh deps
	cd frontend && npm run lint
	cd frontend && npm run typecheck
	cd frontend && npm test
	@$(S)/frontend.sh build

e2e: ## Playwright tests in Chromium against Keycloak + backend (8081) + SPA (5174)
	@mkdir -p .tmp
	@TMPDIR="$(CURDIR)/.tmp" $(S)/e2e.sh

openapi: ## regenerate openapi.yaml, the SPA's TypeScript types and its list of refusal codes from the backend code
	cd backend && ./mvnw $(MVN_FLAGS) -q test -Dtest=OpenApiContractTest,RefusalCodesTest -Dopenapi.update=true
	@$(S)/frontend.sh deps
	cd frontend && npm run openapi

bench: ## benchmark: 5,000 generated institutions, wrk on a search and a fetch by id
	@$(S)/bench.sh

clean: stop ## stop what runs and delete build output and local state (.run, .tmp)
	rm -rf .run .tmp backend/target frontend/dist frontend/test-results frontend/playwright-report
