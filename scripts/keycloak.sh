#!/usr/bin/env bash
# Keycloak for make run / make test, from the distribution on Maven Central (no Docker).
#
#   scripts/keycloak.sh fetch    download keycloak-quarkus-dist once into the cache folder and unzip it
#   scripts/keycloak.sh start    start it on http://localhost:8180 with the mobility-desk realm
#                                (reuses a Keycloak that already serves the realm on that port)
#   scripts/keycloak.sh stop     stop the Keycloak this checkout started (never another one)
#   scripts/keycloak.sh status   say what answers on the port; exit 0 when the realm is served
#   scripts/keycloak.sh owned    exit 0 when the running Keycloak was started by this checkout
#
# Environment: KEYCLOAK_PORT (8180), KEYCLOAK_MGMT_PORT (9000, health), KEYCLOAK_TIMEOUT (300 s),
# KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (master realm admin, demo: kcadmin/kcadmin).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_VERSION="26.7.3"
KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip"
KC_ZIP="$CACHE_DIR/keycloak-quarkus-dist-${KC_VERSION}.zip"
KC_HOME="$CACHE_DIR/keycloak-${KC_VERSION}"
KC_PORT="${KEYCLOAK_PORT:-8180}"
KC_MGMT_PORT="${KEYCLOAK_MGMT_PORT:-9000}"
KC_TIMEOUT="${KEYCLOAK_TIMEOUT:-300}"
REALM="mobility-desk"
REALM_FILE="$REPO_ROOT/deploy/keycloak/mobility-desk-realm.json"
PIDFILE="$RUN_DIR/keycloak.pid"
LOGFILE="$RUN_DIR/keycloak.log"
STAMP="$KC_HOME/data/.mobility-desk-realm.sha256"
BASE_URL="http://localhost:${KC_PORT}"
REALM_URL="$BASE_URL/realms/$REALM/.well-known/openid-configuration"
READY_URL="http://localhost:${KC_MGMT_PORT}/health/ready"

realm_served() { http_ok "$REALM_URL"; }
our_pid() { read_pidfile "$PIDFILE"; }

fetch() {
  if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
    log "Keycloak $KC_VERSION already in $KC_HOME"
    return 0
  fi
  mkdir -p "$CACHE_DIR"
  # one download at a time, even with several checkouts
  exec 9>"$CACHE_DIR/.keycloak-fetch.lock"
  flock -w 900 9 || die "another fetch holds $CACHE_DIR/.keycloak-fetch.lock for more than 15 min"
  if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
    log "Keycloak $KC_VERSION already in $KC_HOME"
    return 0
  fi
  if [[ ! -s "$KC_ZIP" ]]; then
    log "downloading $KC_ARTIFACT from Maven Central (about 150 MB, once) ..."
    local start=$SECONDS tmpdir
    tmpdir="$(mktemp -d "$CACHE_DIR/.download.XXXXXX")"
    if ! (cd "$REPO_ROOT/backend" && ./mvnw -B -q \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="$KC_ARTIFACT" -DoutputDirectory="$tmpdir" -Dmdep.overWriteReleases=true \
      -Dquarkus.analytics.disabled=true); then
      rm -rf "$tmpdir"
      die "could not download $KC_ARTIFACT with backend/mvnw (is Maven Central reachable?)"
    fi
    mv "$tmpdir/keycloak-quarkus-dist-${KC_VERSION}.zip" "$KC_ZIP"
    rm -rf "$tmpdir"
    log "downloaded in $((SECONDS - start))s: $KC_ZIP"
  fi
  log "unzipping into $KC_HOME ..."
  local tmpdir
  tmpdir="$(mktemp -d "$CACHE_DIR/.unzip.XXXXXX")"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$KC_ZIP" -d "$tmpdir"
  else
    python3 -m zipfile -e "$KC_ZIP" "$tmpdir"
    chmod +x "$tmpdir/keycloak-${KC_VERSION}/bin/"*.sh
  fi
  [[ -x "$tmpdir/keycloak-${KC_VERSION}/bin/kc.sh" ]] || { rm -rf "$tmpdir"; die "unexpected zip layout in $KC_ZIP (delete it and retry)"; }
  rm -rf "$KC_HOME"
  mv "$tmpdir/keycloak-${KC_VERSION}" "$KC_HOME"
  rm -rf "$tmpdir"
  log "Keycloak $KC_VERSION ready in $KC_HOME"
}

start() {
  [[ -f "$REALM_FILE" ]] || die "realm file missing: $REALM_FILE"
  local want_hash
  want_hash="$(file_hash "$REALM_FILE")"

  if realm_served; then
    local pid
    if pid="$(our_pid)"; then
      if [[ -f "$STAMP" && "$(cat "$STAMP")" != "$want_hash" ]]; then
        log "the realm file changed since Keycloak (pid $pid) imported it: restarting it to re-import"
        stop
      else
        log "Keycloak (started by this checkout, pid $pid) already serves realm $REALM at $BASE_URL: reusing it"
        return 0
      fi
    else
      log "a Keycloak already serves realm $REALM at $BASE_URL (not started by this checkout): reusing it"
      if [[ -f "$STAMP" && "$(cat "$STAMP")" != "$want_hash" ]]; then
        warn "its realm may be older than $REALM_FILE; stop that Keycloak to re-import the realm"
      fi
      return 0
    fi
  fi

  local pid
  if pid="$(our_pid)"; then
    log "Keycloak started by this checkout (pid $pid) is still starting: waiting for it"
  else
    port_busy "$KC_PORT" && die "port $KC_PORT is in use but does not serve realm $REALM (see: ss -ltnp 'sport = :$KC_PORT')"
    port_busy "$KC_MGMT_PORT" && die "port $KC_MGMT_PORT (Keycloak health/management) is in use by another program (see: ss -ltnp 'sport = :$KC_MGMT_PORT'); set KEYCLOAK_MGMT_PORT"
    fetch
    mkdir -p "$KC_HOME/data/import"
    if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$want_hash" ]]; then
      if [[ -d "$KC_HOME/data/h2" ]]; then
        log "realm file changed since the last import: wiping $KC_HOME/data/h2 so that it is imported again"
      fi
      rm -rf "$KC_HOME/data/h2"
      rm -f "$STAMP"
    fi
    cp "$REALM_FILE" "$KC_HOME/data/import/$REALM-realm.json"
    [[ -d "$KC_HOME/data/h2" ]] || log "fresh Keycloak database: the realm is imported (and on the very first start Keycloak builds itself): about 1-2 min"
    log "starting Keycloak $KC_VERSION on $BASE_URL (log: $LOGFILE)"
    KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-kcadmin}" \
      start_bg "$PIDFILE" "$LOGFILE" "$KC_HOME" "$KC_HOME/bin/kc.sh" start-dev \
        --http-port="$KC_PORT" --http-management-port="$KC_MGMT_PORT" \
        --hostname="$BASE_URL" --health-enabled=true --import-realm
    pid="$STARTED_PID"
  fi
  wait_url "$READY_URL" "$KC_TIMEOUT" "Keycloak" "$pid" "$LOGFILE" "$KC_MGMT_PORT" || {
    echo "Keycloak did not become ready. Stop it with: scripts/keycloak.sh stop" >&2
    exit 1
  }
  wait_url "$REALM_URL" 60 "realm $REALM" "$pid" "$LOGFILE" "$KC_PORT" || exit 1
  echo "$want_hash" >"$STAMP"
}

stop() {
  stop_pidfile "$PIDFILE" "Keycloak" 60
}

status() {
  local pid=""
  pid="$(our_pid)" || pid=""
  if realm_served; then
    if [[ -n "$pid" ]]; then
      echo "Keycloak serves realm $REALM at $BASE_URL (started by this checkout, pid $pid)"
    else
      echo "Keycloak serves realm $REALM at $BASE_URL (not started by this checkout)"
    fi
    return 0
  fi
  if [[ -n "$pid" ]]; then
    echo "Keycloak started by this checkout (pid $pid) is running but does not serve the realm yet"
  elif port_busy "$KC_PORT"; then
    echo "something listens on port $KC_PORT but does not serve realm $REALM"
  else
    echo "Keycloak is not running on $BASE_URL"
  fi
  return 3
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  owned) our_pid >/dev/null ;;
  *) echo "usage: $0 {fetch|start|stop|status|owned}" >&2; exit 2 ;;
esac
