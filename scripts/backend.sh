#!/usr/bin/env bash
# Build, start and stop the Quarkus backend as a background process of this checkout.
#
#   scripts/backend.sh build     cd backend && ./mvnw package -DskipTests (backend/target/quarkus-app)
#   scripts/backend.sh start     start it (restarting the one this script started under the same
#                                name) and wait until /q/health/ready answers
#   scripts/backend.sh stop      stop the instance started under BACKEND_NAME
#   scripts/backend.sh status
#
# The same script serves make run (8080, database mobility) and the e2e stack (8081,
# mobility_e2e) and the benchmark (8082, mobility_bench); each instance runs from its own copy
# of quarkus-app under .run/, so rebuilding does not disturb a running instance.
#
# Environment (defaults in brackets):
#   HTTP_PORT [8080]  DB_URL [jdbc:postgresql://127.0.0.1:5432/mobility]  DB_USER [mobility]
#   DB_PASSWORD [mobility]  OIDC_URL [http://localhost:8180/realms/mobility-desk]
#   QUARKUS_PROFILE [prod,demo]  BACKEND_NAME [backend]: pid file .run/<name>.pid, log .run/<name>.log
#   BACKEND_TIMEOUT [180] seconds to wait for readiness  BACKEND_JAVA_OPTS [] extra JVM options
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export HTTP_PORT="${HTTP_PORT:-8080}"
export DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/mobility}"
export DB_USER="${DB_USER:-mobility}"
export DB_PASSWORD="${DB_PASSWORD:-mobility}"
export OIDC_URL="${OIDC_URL:-http://localhost:8180/realms/mobility-desk}"
export QUARKUS_PROFILE="${QUARKUS_PROFILE:-prod,demo}"
NAME="${BACKEND_NAME:-backend}"
TIMEOUT="${BACKEND_TIMEOUT:-180}"
PIDFILE="$RUN_DIR/$NAME.pid"
LOGFILE="$RUN_DIR/$NAME.log"
APP_COPY="$RUN_DIR/$NAME-app"
BACKEND_DIR="$REPO_ROOT/backend"
BUILT_APP="$BACKEND_DIR/target/quarkus-app"
READY_URL="http://localhost:${HTTP_PORT}/q/health/ready"

build() {
  command -v java >/dev/null 2>&1 || die "java not found: install a Java 17 JDK (apt-get install -y openjdk-17-jdk-headless)"
  log "building the backend (cd backend && ./mvnw -B -q package -DskipTests) ..."
  local start=$SECONDS
  (cd "$BACKEND_DIR" && ./mvnw -B -q package -DskipTests -Dquarkus.analytics.disabled=true) \
    || die "backend build failed (see the Maven output above)"
  [[ -f "$BUILT_APP/quarkus-run.jar" ]] || die "the build did not produce $BUILT_APP/quarkus-run.jar"
  log "backend built in $((SECONDS - start))s: $BUILT_APP"
}

start() {
  [[ -f "$BUILT_APP/quarkus-run.jar" ]] || build
  if read_pidfile "$PIDFILE" >/dev/null; then
    log "restarting the backend '$NAME' started earlier by this checkout"
    stop
  fi
  if port_busy "$HTTP_PORT"; then
    die "port $HTTP_PORT is already in use by another program (see: ss -ltnp 'sport = :$HTTP_PORT'); stop it or set HTTP_PORT"
  fi
  rm -rf "$APP_COPY"
  cp -a "$BUILT_APP" "$APP_COPY"
  log "starting the backend '$NAME' on http://localhost:$HTTP_PORT (profile $QUARKUS_PROFILE, $DB_URL; log: $LOGFILE)"
  local t0
  t0="$(date +%s%N)"
  # word splitting of BACKEND_JAVA_OPTS is intended
  # shellcheck disable=SC2086
  start_bg "$PIDFILE" "$LOGFILE" "$APP_COPY/quarkus-run.jar" \
    java ${BACKEND_JAVA_OPTS:-} -jar "$APP_COPY/quarkus-run.jar"
  local pid="$STARTED_PID"
  wait_url "$READY_URL" "$TIMEOUT" "backend '$NAME'" "$pid" "$LOGFILE" "$HTTP_PORT" || {
    stop >/dev/null 2>&1 || true
    die "the backend did not become ready (is PostgreSQL up and $DB_URL reachable? is Keycloak at $OIDC_URL up?)"
  }
  local t1
  t1="$(date +%s%N)"
  # start-up time from process start to ready, in milliseconds (read by make bench)
  echo $(((t1 - t0) / 1000000)) >"$RUN_DIR/$NAME.startup-ms"
}

stop() {
  stop_pidfile "$PIDFILE" "backend '$NAME'" 30
}

status() {
  local pid
  if pid="$(read_pidfile "$PIDFILE")"; then
    if http_ok "$READY_URL"; then
      echo "backend '$NAME' (pid $pid) is ready on http://localhost:$HTTP_PORT"
    else
      echo "backend '$NAME' (pid $pid) runs but $READY_URL does not answer"
    fi
  else
    echo "backend '$NAME' is not running (from this checkout)"
    return 3
  fi
}

case "${1:-}" in
  build) build ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  pid) read_pidfile "$PIDFILE" ;;
  *) echo "usage: $0 {build|start|stop|status|pid}" >&2; exit 2 ;;
esac
