#!/usr/bin/env bash
# End-to-end tests (Playwright in Debian's Chromium) against a whole stack of their own:
# Keycloak on 8180 (reused when already running), the backend on 8081 with a freshly created
# database mobility_e2e (demo profile), and the SPA (vite preview) on 5174 proxying to 8081.
# Whatever happens, the e2e backend and SPA are stopped afterwards (and Keycloak too when this
# script started it); the exit code is the tests'.
#
#   scripts/e2e.sh [extra playwright arguments]
#
# Environment: E2E_SKIP_BUILD=1 uses the existing backend/target/quarkus-app and frontend/dist
# (make test builds them just before); E2E_BACKEND_PORT [8081]; E2E_SPA_PORT [5174] (the realm
# only accepts 5173 and 5174); E2E_DB [mobility_e2e].
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
S="$REPO_ROOT/scripts"

BACKEND_PORT="${E2E_BACKEND_PORT:-8081}"
SPA_PORT="${E2E_SPA_PORT:-5174}"
E2E_DB="${E2E_DB:-mobility_e2e}"
KC_STARTED_HERE=0

cleanup() {
  local rc=$?
  set +e
  log "stopping the e2e stack"
  FRONTEND_NAME=frontend-e2e PORT="$SPA_PORT" "$S/frontend.sh" stop
  BACKEND_NAME=backend-e2e HTTP_PORT="$BACKEND_PORT" "$S/backend.sh" stop
  if [[ $KC_STARTED_HERE == 1 ]]; then
    "$S/keycloak.sh" stop
  else
    log "leaving Keycloak running (it was running before the e2e tests)"
  fi
  if [[ $rc -eq 0 ]]; then log "end-to-end tests passed"; else log "end-to-end tests FAILED (exit code $rc)"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# refuse early, before the database is dropped, when another e2e stack holds the ports
for port in "$BACKEND_PORT" "$SPA_PORT"; do
  if port_busy "$port"; then
    pids="$(listener_pids "$port" | tr '\n' ' ')"
    die "port $port is in use (pids: ${pids:-unknown}); is another e2e run going on (make stop in its checkout ends it)? Nothing was changed."
  fi
done

"$S/ensure-tools.sh" chromium

if "$S/keycloak.sh" status >/dev/null 2>&1; then
  "$S/keycloak.sh" start
else
  KC_STARTED_HERE=1
  "$S/keycloak.sh" start
fi

log "recreating database $E2E_DB so that every run starts clean"
"$S/ensure-postgres.sh" --recreate "$E2E_DB"

if [[ "${E2E_SKIP_BUILD:-0}" != 1 ]]; then
  "$S/backend.sh" build
  "$S/frontend.sh" build
fi

BACKEND_NAME=backend-e2e HTTP_PORT="$BACKEND_PORT" QUARKUS_PROFILE="prod,demo" \
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$E2E_DB" "$S/backend.sh" start
FRONTEND_NAME=frontend-e2e PORT="$SPA_PORT" BACKEND_URL="http://127.0.0.1:$BACKEND_PORT" \
  "$S/frontend.sh" start

mkdir -p "$REPO_ROOT/.tmp"
log "running Playwright against http://localhost:$SPA_PORT"
(cd "$REPO_ROOT/frontend" && TMPDIR="$REPO_ROOT/.tmp" E2E_BASE_URL="http://localhost:$SPA_PORT" npm run e2e -- "$@")
