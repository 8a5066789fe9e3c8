#!/usr/bin/env bash
# Make sure the local PostgreSQL (Debian cluster) runs and that the role and databases of
# Mobility Desk exist. Idempotent.
#
#   scripts/ensure-postgres.sh [--recreate] [extra database ...]
#
#   --recreate   drop the extra databases named on the command line (closing their connections)
#                and create them again, empty (used for mobility_e2e and mobility_bench)
#
# Environment: PGHOST_ADMIN (127.0.0.1), PGPORT_ADMIN (5432), PG_SUPERUSER (postgres),
# DB_ROLE (mobility), DB_ROLE_PASSWORD (mobility), PG_TIMEOUT (60 s).
# Creates role mobility (LOGIN, CREATEDB, password mobility) and the databases mobility,
# mobility_test and mobility_e2e (plus any named on the command line), owned by that role.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_HOST="${PGHOST_ADMIN:-127.0.0.1}"
PG_PORT="${PGPORT_ADMIN:-5432}"
PG_SUPER="${PG_SUPERUSER:-postgres}"
ROLE="${DB_ROLE:-mobility}"
ROLE_PASSWORD="${DB_ROLE_PASSWORD:-mobility}"
TIMEOUT="${PG_TIMEOUT:-60}"
RECREATE=()
if [[ "${1:-}" == --recreate ]]; then
  shift
  RECREATE=("$@")
fi
DATABASES=()
for db in mobility mobility_test mobility_e2e "$@"; do
  [[ " ${DATABASES[*]} " == *" $db "* ]] || DATABASES+=("$db")
done

command -v psql >/dev/null 2>&1 || die "psql not found: install Debian's PostgreSQL (apt-get install -y postgresql)"

pg_up() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2 >/dev/null 2>&1; }

# psql as the superuser: over TCP when the server trusts it, else through the local socket as
# the postgres OS user (peer authentication)
ADMIN_MODE=""
psql_admin() {
  if [[ "$ADMIN_MODE" == tcp ]]; then
    psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_SUPER" -d postgres "$@"
  else
    (cd / && as_root runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@")
  fi
}

if ! pg_up; then
  command -v pg_lsclusters >/dev/null 2>&1 || die "PostgreSQL does not answer on $PG_HOST:$PG_PORT and pg_lsclusters is missing (apt-get install -y postgresql)"
  cluster="$(pg_lsclusters -h | awk -v p="$PG_PORT" '$3 == p {print $1 " " $2; exit}')"
  [[ -n "$cluster" ]] || die "no PostgreSQL cluster is configured on port $PG_PORT (pg_lsclusters shows none); create one with: pg_createcluster 15 main --start"
  read -r ver name <<<"$cluster"
  log "PostgreSQL cluster $ver/$name is down: starting it"
  as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start || {
    show_log_tail "/var/log/postgresql/postgresql-$ver-$name.log" 40
    die "could not start PostgreSQL cluster $ver/$name"
  }
  start=$SECONDS
  until pg_up; do
    if ((SECONDS - start >= TIMEOUT)); then
      show_log_tail "/var/log/postgresql/postgresql-$ver-$name.log" 40
      die "PostgreSQL did not accept connections on $PG_HOST:$PG_PORT within ${TIMEOUT}s"
    fi
    sleep 1
  done
fi
log "PostgreSQL answers on $PG_HOST:$PG_PORT"

if psql -X -q -w -h "$PG_HOST" -p "$PG_PORT" -U "$PG_SUPER" -d postgres -Atc 'select 1' >/dev/null 2>&1; then
  ADMIN_MODE=tcp
elif [[ $(id -u) -eq 0 ]] || command -v sudo >/dev/null 2>&1; then
  ADMIN_MODE=socket
  psql_admin -Atc 'select 1' >/dev/null || die "cannot connect to PostgreSQL as $PG_SUPER (neither over TCP nor through the socket)"
else
  die "cannot connect to PostgreSQL as $PG_SUPER over $PG_HOST:$PG_PORT and not root; create role $ROLE and its databases by hand"
fi

# role: create when missing, and make sure it can log in with the expected password
psql_admin -v role="$ROLE" -v pw="$ROLE_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'pw') \gexec
SQL
log "role $ROLE is ready (LOGIN, CREATEDB)"

for db in "${RECREATE[@]}"; do
  [[ -n "$db" ]] || continue
  psql_admin -v db="$db" <<'SQL'
SELECT format('DROP DATABASE %I WITH (FORCE)', :'db') WHERE EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
  log "database $db dropped (it is created again below)"
done

for db in "${DATABASES[@]}"; do
  [[ -n "$db" ]] || continue
  exists="$(psql_admin -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'")"
  if [[ "$exists" == 1 ]]; then
    owner="$(psql_admin -Atc "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '$db'")"
    if [[ "$owner" != "$ROLE" ]]; then
      psql_admin -v db="$db" -v role="$ROLE" <<'SQL'
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'role') \gexec
SQL
      log "database $db exists; owner changed from $owner to $ROLE"
    else
      log "database $db exists"
    fi
  else
    psql_admin -v db="$db" -v role="$ROLE" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'role') \gexec
SQL
    log "database $db created (owner $ROLE)"
  fi
done

# the role itself must be able to log in over TCP with its password (that is what the backend does)
PGPASSWORD="$ROLE_PASSWORD" psql -X -q -w -h "$PG_HOST" -p "$PG_PORT" -U "$ROLE" -d "${DATABASES[0]}" -Atc 'select 1' >/dev/null \
  || die "role $ROLE cannot log in to $PG_HOST:$PG_PORT/${DATABASES[0]} with its password (check pg_hba.conf)"
log "PostgreSQL is ready: jdbc:postgresql://$PG_HOST:$PG_PORT/{$(IFS=,; echo "${DATABASES[*]}")} as $ROLE"
