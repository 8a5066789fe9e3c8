#!/usr/bin/env bash
# Install, build, serve and stop the SPA (Vite preview of the production build).
#
#   scripts/frontend.sh deps     npm ci when node_modules is missing or package-lock.json changed
#   scripts/frontend.sh build    deps + npm run build (frontend/dist)
#   scripts/frontend.sh start    serve the build with `npm run preview` on PORT, proxying /api and
#                                /q to BACKEND_URL; restarts the one this script started under the
#                                same name; waits until the page answers
#   scripts/frontend.sh stop     stop it
#   scripts/frontend.sh status
#
# Environment (defaults in brackets):
#   PORT [5173]  BACKEND_URL [http://127.0.0.1:8080]  FRONTEND_NAME [frontend]: .run/<name>.pid|log
#   VITE_OIDC_AUTHORITY [http://localhost:8180/realms/mobility-desk]  VITE_OIDC_CLIENT_ID [spa]
#   (both read at build time)  FRONTEND_TIMEOUT [60]
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export PORT="${PORT:-5173}"
export BACKEND_URL="${BACKEND_URL:-http://127.0.0.1:8080}"
export VITE_OIDC_AUTHORITY="${VITE_OIDC_AUTHORITY:-http://localhost:8180/realms/mobility-desk}"
export VITE_OIDC_CLIENT_ID="${VITE_OIDC_CLIENT_ID:-spa}"
NAME="${FRONTEND_NAME:-frontend}"
TIMEOUT="${FRONTEND_TIMEOUT:-60}"
PIDFILE="$RUN_DIR/$NAME.pid"
LOGFILE="$RUN_DIR/$NAME.log"
DIST_COPY="$RUN_DIR/$NAME-dist"
FRONTEND_DIR="$REPO_ROOT/frontend"
URL="http://localhost:$PORT/"

deps() {
  command -v npm >/dev/null 2>&1 || die "npm not found: install Node.js 20 with npm"
  [[ -f "$FRONTEND_DIR/package-lock.json" ]] || die "frontend/package-lock.json is missing"
  local want stamp="$FRONTEND_DIR/node_modules/.mobility-desk-lock.sha256"
  want="$(file_hash "$FRONTEND_DIR/package-lock.json")"
  if [[ -d "$FRONTEND_DIR/node_modules" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    log "npm packages are up to date"
    return 0
  fi
  log "installing npm packages (npm ci) ..."
  local start=$SECONDS
  (cd "$FRONTEND_DIR" && npm ci --no-audit --no-fund) || die "npm ci failed (see the output above)"
  echo "$want" >"$stamp"
  log "npm packages installed in $((SECONDS - start))s"
}

build() {
  deps
  log "building the SPA (npm run build) ..."
  local start=$SECONDS
  (cd "$FRONTEND_DIR" && npm run build) || die "the SPA build failed (see the output above)"
  [[ -f "$FRONTEND_DIR/dist/index.html" ]] || die "the build did not produce frontend/dist/index.html"
  log "SPA built in $((SECONDS - start))s"
}

start() {
  [[ -f "$FRONTEND_DIR/dist/index.html" ]] || build
  [[ -d "$FRONTEND_DIR/node_modules" ]] || deps
  if read_pidfile "$PIDFILE" >/dev/null; then
    log "restarting the SPA server '$NAME' started earlier by this checkout"
    stop
  fi
  if port_busy "$PORT"; then
    die "port $PORT is already in use by another program (see: ss -ltnp 'sport = :$PORT'); stop it or set PORT"
  fi
  # serve a copy of the build, so that rebuilding (make test) does not disturb a running preview
  rm -rf "$DIST_COPY"
  cp -a "$FRONTEND_DIR/dist" "$DIST_COPY"
  log "serving the SPA on $URL (API proxied to $BACKEND_URL; log: $LOGFILE)"
  (cd "$FRONTEND_DIR" && start_bg "$PIDFILE" "$LOGFILE" "$DIST_COPY" \
    npm run preview -- --port "$PORT" --strictPort --outDir "$DIST_COPY")
  local pid
  pid="$(read_pidfile "$PIDFILE")" || { show_log_tail "$LOGFILE"; die "the SPA server exited at once"; }
  wait_url "$URL" "$TIMEOUT" "SPA '$NAME'" "$pid" "$LOGFILE" "$PORT" || {
    stop >/dev/null 2>&1 || true
    die "the SPA server did not answer"
  }
}

stop() {
  stop_pidfile "$PIDFILE" "SPA server '$NAME'" 15
}

status() {
  local pid
  if pid="$(read_pidfile "$PIDFILE")"; then
    if http_ok "$URL"; then
      echo "SPA server '$NAME' (pid $pid) serves $URL"
    else
      echo "SPA server '$NAME' (pid $pid) runs but $URL does not answer"
    fi
  else
    echo "SPA server '$NAME' is not running (from this checkout)"
    return 3
  fi
}

case "${1:-}" in
  deps) deps ;;
  build) build ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 {deps|build|start|stop|status}" >&2; exit 2 ;;
esac
