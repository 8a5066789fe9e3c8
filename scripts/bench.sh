#!/usr/bin/env bash
# make bench: start-up time, throughput, p99 latency and memory of the backend against a
# generated data set of 5,000 institutions, measured with wrk on loopback, next to what this machine
# does in the same run (the HTTP floor and PostgreSQL's own rate), and the selection of issue 12.
#
#   1. database mobility_bench is dropped and created again; the backend (profile prod, port
#      8082) starts once so that Flyway creates the schema and reference data;
#   2. 5,000 institutions are generated with SQL (psql) into the institution table, then the calls and
#      applications (scripts/bench/applications.sql) and a closed call ready for selection
#      (scripts/bench/selection.sql: 2,000 eligible applications, 10 partners x 6 places, 3 preferences,
#      4 criteria, a panel of 2 evaluators who submitted every evaluation);
#   3. the backend starts again on that data: start-up time = process start to /q/health/ready;
#   4. after a 5 s warm-up per URL, wrk -t2 -c16 -d20s --latency drives
#        a search page   GET /api/v1/institutions?q=univ&page=3&size=20
#        a fetch by id   GET /api/v1/institutions/{id}   (ids drawn at random from 1,000)
#        the agreement list GET /api/v1/agreements?page=3&size=20 (2,000 agreements, 10,000 flows)
#        the application list of a call with 20,000 applications, filtered by partner and eligibility
#      with a coordinator's token; then the deadline hour: 2,000 applicants each create, fill, upload a
#      PDF and submit once against a call with 10 partners, 32 at a time (scripts/bench/applications.py);
#      tokens come from a realm mobility-bench generated in the running Keycloak (removed at the end);
#   5. the floor: wrk as above on GET /q/health/live, and pgbench -S -c16 -j2 -T20 (select-only) on a
#      scratch database mobility_pgbench initialised with -s 10 (dropped afterwards); then the selection
#      (scripts/bench/selection.sh): POST /api/v1/calls/{call 3}/allocations 5 times (wall time from curl,
#      201 and 2,000 candidates / 60 placed checked), and wrk on the ranking page of the last run
#      GET .../allocations/{run}/outcomes?page=10&size=50; in-process, GrantCalculatorBenchmark and
#      AllocationBenchmark (one allocation and one decline cascade of the same shape, median and p90);
#      every wrk figure is also given as a ratio to the floor, and the ranking page to pgbench's tps;
#   6. the backend's RSS (VmRSS, and the peak VmHWM) from /proc/<pid>/status;
#   7. everything this script started is stopped. Results: .run/bench-results.txt
#
# Environment: BENCH_PORT [8082], BENCH_COUNT [5000], BENCH_DURATION [20s], BENCH_APPLICANTS [2000],
# BENCH_LISTED_APPLICATIONS [20000], BENCH_APPLICANT_CLIENTS [32],
# BENCH_CONNECTIONS [16], BENCH_THREADS [2], BENCH_SKIP_BUILD=1 to use the existing build,
# BENCH_SEARCH_PATH [/api/v1/institutions?q=univ&page=3&size=20].
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
S="$REPO_ROOT/scripts"
# shellcheck source=scripts/bench/selection.sh
source "$S/bench/selection.sh"

PORT="${BENCH_PORT:-8082}"
COUNT="${BENCH_COUNT:-5000}"
AGREEMENTS="${BENCH_AGREEMENTS:-2000}"
FLOWS_PER_AGREEMENT="${BENCH_FLOWS_PER_AGREEMENT:-5}"
AGREEMENT_PATH="${BENCH_AGREEMENT_PATH:-/api/v1/agreements?page=3&size=20}"
DURATION="${BENCH_DURATION:-20s}"
CONNS="${BENCH_CONNECTIONS:-16}"
THREADS="${BENCH_THREADS:-2}"
APPLICANTS="${BENCH_APPLICANTS:-2000}"
LISTED="${BENCH_LISTED_APPLICATIONS:-20000}"
APPLICANT_CLIENTS="${BENCH_APPLICANT_CLIENTS:-32}"
DB="mobility_bench"
KC_URL="http://127.0.0.1:8180"
BENCH_REALM="mobility-bench"
OPEN_CALL="00000000-0000-4000-8000-0000000ca111"
LISTED_CALL="00000000-0000-4000-8000-0000000ca112"
BASE="http://127.0.0.1:$PORT"
SEARCH_PATH="${BENCH_SEARCH_PATH:-/api/v1/institutions?q=univ&page=3&size=20}"
RESULTS="$RUN_DIR/bench-results.txt"
WORK="$RUN_DIR/bench"
KC_STARTED_HERE=0
REALM_CREATED=0
# the estimate's per-address limit would answer wrk with 429s: lifted for the bench backend only
export BACKEND_NAME=backend-bench HTTP_PORT="$PORT" QUARKUS_PROFILE=prod \
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=mobility DB_PASSWORD=mobility \
  MOBILITY_GRANTS_ESTIMATE_LIMIT_PER_MINUTE=1000000000 OIDC_URL="http://localhost:8180/realms/$BENCH_REALM"

cleanup() {
  local rc=$?
  set +e
  "$S/backend.sh" stop
  drop_pgbench
  [[ $REALM_CREATED == 1 ]] && curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $(kc_admin_token)" "$KC_URL/admin/realms/$BENCH_REALM"
  [[ $KC_STARTED_HERE == 1 ]] && "$S/keycloak.sh" stop
  [[ $rc -ne 0 ]] && log "benchmark FAILED (exit code $rc)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# the master realm's admin (DEMO credentials of scripts/keycloak.sh); its tokens live a minute, so one per use
kc_admin_token() {
  curl -sf -d grant_type=password -d client_id=admin-cli \
    -d username="${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin}" -d password="${KC_BOOTSTRAP_ADMIN_PASSWORD:-kcadmin}" \
    "$KC_URL/realms/master/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
psql_bench() { PGPASSWORD=mobility psql -X -q -w -v ON_ERROR_STOP=1 -h 127.0.0.1 -U mobility -d "$DB" "$@"; }

port_busy "$PORT" && die "port $PORT is in use (pids: $(listener_pids "$PORT" | tr '\n' ' ')); is another benchmark running? Nothing was changed."
"$S/ensure-tools.sh" wrk
"$S/ensure-postgres.sh" --recreate "$DB"
# the backend verifies tokens against Keycloak; have it up as in a real run (reused when running)
if ! "$S/keycloak.sh" status >/dev/null 2>&1; then KC_STARTED_HERE=1; fi
"$S/keycloak.sh" start
[[ "${BENCH_SKIP_BUILD:-0}" == 1 ]] || "$S/backend.sh" build
mkdir -p "$WORK"

log "creating realm $BENCH_REALM in Keycloak with $APPLICANTS applicants (DEMO admin kcadmin)"
admin_token="$(kc_admin_token)"
curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $admin_token" "$KC_URL/admin/realms/$BENCH_REALM"
python3 "$S/bench/realm.py" "$REPO_ROOT/deploy/keycloak/mobility-desk-realm.json" "$BENCH_REALM" "$APPLICANTS" >"$WORK/realm.json"
code="$(curl -s -o "$WORK/probe.json" -w '%{http_code}' -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
  --data-binary @"$WORK/realm.json" "$KC_URL/admin/realms")"
[[ "$code" == 201 ]] || { cat "$WORK/probe.json" >&2; echo >&2; die "creating realm $BENCH_REALM answered $code, not 201"; }
REALM_CREATED=1

log "first start on the empty database (Flyway migrates it)"
"$S/backend.sh" start
first_ms="$(cat "$RUN_DIR/backend-bench.startup-ms")"
"$S/backend.sh" stop

psql_bench -Atc "SELECT to_regclass('public.institution')" | grep -q institution \
  || die "table institution not found in $DB after the migrations: adapt scripts/bench.sh to the schema"

log "generating $COUNT institutions in $DB"
psql_bench -v count="$COUNT" <<'SQL'
SELECT setseed(0.42) AS seed \gset
CREATE TEMP TABLE bench_country AS
  SELECT row_number() OVER (ORDER BY code) AS n, code FROM country WHERE side <> 'NOT_ELIGIBLE';
CREATE TEMP TABLE bench_word (n int, word text);
INSERT INTO bench_word SELECT row_number() OVER (), w FROM unnest(ARRAY[
  'Tartu','Milan','Graz','Nitra','Valmiera','Kokshetau','Bishkek','Almaty','Osh','Karakol',
  'Riga','Vilnius','Krakow','Brno','Porto','Sevilla','Lyon','Gent','Aarhus','Uppsala',
  'Tampere','Bergen','Cork','Pecs','Cluj','Sofia','Zagreb','Ljubljana','Bologna','Leuven',
  'Zurich','Ankara','Izmir','Tbilisi','Yerevan','Baku','Dushanbe','Tashkent','Samarkand','Naryn']) AS w;
INSERT INTO institution (id, home, name, other_names, erasmus_code, schac_code, pic, country_code,
                         city, latitude, longitude, website, contacts, notes, status, created_by, updated_by)
SELECT md5('bench-' || g)::uuid,
       false,
       CASE g % 5
         WHEN 0 THEN 'University of ' || w.word || ' ' || g
         WHEN 1 THEN 'Universität ' || w.word || ' ' || g
         WHEN 2 THEN w.word || ' State University ' || g
         WHEN 3 THEN w.word || ' Academy of Sciences ' || g
         ELSE 'Higher School of Economics ' || w.word || ' ' || g
       END,
       jsonb_build_object('ru', 'Университет ' || w.word || ' ' || g, 'ky', w.word || ' университети ' || g),
       CASE WHEN g % 3 = 0 THEN NULL
            ELSE 'BN BENCH' || chr(65 + (g / 100) % 26) || chr(65 + (g / 2600) % 26) || lpad((g % 100)::text, 2, '0') END,
       'bench' || g || '.example',
       CASE WHEN g % 2 = 0 THEN lpad((900000000 + g)::text, 9, '0') END,
       c.code,
       w.word,
       round((random() * 140 - 60)::numeric, 4),
       round((random() * 340 - 170)::numeric, 4),
       'https://bench' || g || '.example',
       jsonb_build_array(jsonb_build_object('name', 'Coordinator ' || g, 'role', 'Erasmus+ coordinator',
                                            'email', 'erasmus' || g || '@bench' || g || '.example', 'phone', '+000 ' || g)),
       CASE WHEN g % 7 = 0 THEN 'Generated for the benchmark' END,
       CASE WHEN g % 10 = 0 THEN 'ARCHIVED' ELSE 'ACTIVE' END,
       'bench', 'bench'
FROM generate_series(1, :count) AS g
JOIN bench_country c ON c.n = 1 + g % (SELECT count(*) FROM bench_country)
JOIN bench_word w ON w.n = 1 + (g * 7) % 40;
ANALYZE institution;
SQL
total="$(psql_bench -Atc "SELECT count(*) FROM institution")"
log "institutions in $DB: $total"

log "generating $AGREEMENTS agreements with $FLOWS_PER_AGREEMENT flows each (home institution + the first active partners)"
psql_bench -v agreements="$AGREEMENTS" -v flows="$FLOWS_PER_AGREEMENT" <<'SQL'
BEGIN;
INSERT INTO institution (id, home, name, other_names, country_code, city, latitude, longitude, contacts, time_zone, created_by, updated_by)
VALUES ('00000000-0000-4000-8000-00000000b0b0', true, 'Bench home institution', '{}', 'KG', 'Bishkek', 42.8424, 74.5863, '[]',
        'Asia/Bishkek', 'bench', 'bench');
CREATE TEMP TABLE bench_partner AS
  SELECT row_number() OVER (ORDER BY id) AS n, id FROM institution WHERE NOT home AND status = 'ACTIVE' LIMIT :agreements;
CREATE TEMP TABLE bench_agreement AS
  SELECT md5('agreement-' || p.n)::uuid AS id, p.id AS partner, p.n,
         (2016 + p.n % 9) AS first_year,
         jsonb_build_object('firstAcademicYear', (2016 + p.n % 9) || '/' || (2017 + p.n % 9),
                            'lastAcademicYear', (2019 + p.n % 9) || '/' || (2020 + p.n % 9),
                            'flows', (SELECT jsonb_agg(jsonb_build_object(
                                'mobilityType', (ARRAY['STUDENT_STUDIES','STUDENT_TRAINEESHIP','STAFF_TEACHING','STAFF_TRAINING'])[1 + f % 4],
                                'sendingInstitutionId', CASE WHEN f % 2 = 0 THEN '00000000-0000-4000-8000-00000000b0b0' ELSE p.id::text END,
                                'receivingInstitutionId', CASE WHEN f % 2 = 0 THEN p.id::text ELSE '00000000-0000-4000-8000-00000000b0b0' END,
                                'firstAcademicYear', (2016 + p.n % 9) || '/' || (2017 + p.n % 9),
                                'lastAcademicYear', (2019 + p.n % 9) || '/' || (2020 + p.n % 9),
                                'mobilitiesPerYear', 2, 'totalMonthsPerYear', 10,
                                'subjectAreas', jsonb_build_array(jsonb_build_object('iscedCode', '0912')),
                                'languageSkills', jsonb_build_array(jsonb_build_object('language', 'en', 'cefrLevel', 'B2'))))
                              FROM generate_series(1, :flows) AS f)) AS conditions,
         md5('hash-' || p.n) || md5('hash2-' || p.n) AS hash,
         (ARRAY['DRAFT','SIGNED_BY_HOME','IN_FORCE','IN_FORCE','DECLINED_BY_PARTNER'])[1 + p.n % 5] AS status
  FROM bench_partner p;
INSERT INTO agreement_conditions (agreement_id, number, conditions, content_hash, created_by)
  SELECT id, 1, conditions, hash, 'bench' FROM bench_agreement;
INSERT INTO agreement (id, home_institution_id, partner_institution_id, first_academic_year, last_academic_year, notes, status,
                       conditions_number, content_hash, flow_count, mobility_types, signed_hash, approved_number, approved_hash,
                       created_by, updated_by)
  SELECT id, '00000000-0000-4000-8000-00000000b0b0', partner, conditions ->> 'firstAcademicYear', conditions ->> 'lastAcademicYear',
         'Generated for the benchmark', status, 1, hash, jsonb_array_length(conditions -> 'flows'),
         CAST(ARRAY(SELECT DISTINCT f ->> 'mobilityType' FROM jsonb_array_elements(conditions -> 'flows') f ORDER BY 1) AS varchar(20)[]),
         CASE WHEN status <> 'DRAFT' THEN hash END, CASE WHEN status = 'IN_FORCE' THEN 1 END, CASE WHEN status = 'IN_FORCE' THEN hash END,
         'bench', 'bench'
  FROM bench_agreement;
COMMIT;
ANALYZE agreement;
ANALYZE agreement_conditions;
SQL
agreement_count="$(psql_bench -Atc "SELECT count(*) || ' agreements, ' || (SELECT sum(jsonb_array_length(conditions -> 'flows')) FROM agreement_conditions) || ' flows' FROM agreement")"
log "in $DB: $agreement_count"

log "generating 2 calls with 10 partners: $APPLICANTS applicant profiles, $LISTED submitted applications"
psql_bench -v applicants="$APPLICANTS" -v listed="$LISTED" -f "$S/bench/applications.sql"
log "generating the selection call: $SELECTION_CANDIDATES eligible applications, each scored by two evaluators"
psql_bench -v candidates="$SELECTION_CANDIDATES" -f "$S/bench/selection.sql"

log "starting the backend on the generated data"
"$S/backend.sh" start
startup_ms="$(cat "$RUN_DIR/backend-bench.startup-ms")"
pid="$("$S/backend.sh" pid)"

# a thousand ids of active institutions for the fetch-by-id script
psql_bench -Atc "SELECT id FROM institution WHERE status = 'ACTIVE' AND NOT home ORDER BY id LIMIT 1000" >"$WORK/ids.txt"
[[ -s "$WORK/ids.txt" ]] || die "no institutions to fetch"
{
  echo 'local ids = {'
  sed 's/.*/  "&",/' "$WORK/ids.txt"
  echo '}'
  echo 'math.randomseed(42)'
  echo 'request = function()'
  echo '  return wrk.format("GET", "/api/v1/institutions/" .. ids[math.random(#ids)])'
  echo 'end'
} >"$WORK/fetch-by-id.lua"

# DOMAIN-KA171 §9: a long-term student from Kokshetau to Tartu, call 2024
ESTIMATE_BODY='{"callYear":2024,"mobilityType":"STUDENT_STUDIES","sending":{"countryCode":"KZ","latitude":53.2833,"longitude":69.3833},"receiving":{"countryCode":"EE","latitude":58.3811,"longitude":26.7198},"startDate":"2025-02-01","endDate":"2025-06-30"}'
{
  echo 'wrk.method = "POST"'
  echo 'wrk.headers["Content-Type"] = "application/json"'
  echo "wrk.body = '$ESTIMATE_BODY'"
} >"$WORK/estimate.lua"
code="$(curl -s -o "$WORK/probe.json" -w '%{http_code}' -H 'Content-Type: application/json' -d "$ESTIMATE_BODY" "$BASE/api/v1/grants/estimate")"
[[ "$code" == 200 ]] || { cat "$WORK/probe.json" >&2; echo >&2; die "POST /api/v1/grants/estimate answered $code, not 200"; }

for path in "$SEARCH_PATH" "/api/v1/institutions/$(head -n1 "$WORK/ids.txt")"; do
  code="$(curl -s -o "$WORK/probe.json" -w '%{http_code}' "$BASE$path")"
  [[ "$code" == 200 ]] || { cat "$WORK/probe.json" >&2; echo >&2; die "GET $path answered $code, not 200"; }
done
curl -s "$BASE$SEARCH_PATH" >"$WORK/search.json"
search_hits="$(python3 -c 'import json,sys; print(json.load(sys.stdin).get("total"))' <"$WORK/search.json" 2>/dev/null || echo '?')"
log "the search matches $search_hits institutions"

run_wrk() { # name, then wrk arguments
  local name="$1"
  shift
  log "warm-up: $name (5 s)"
  wrk -t"$THREADS" -c"$CONNS" -d5s "$@" >/dev/null
  log "measuring: $name (wrk -t$THREADS -c$CONNS -d$DURATION --latency)"
  wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$@" | tee "$WORK/$name.txt"
}
# the agreement list is for coordinators: a token from the demo realm (password grant of the DEMO cli client)
TOKEN_URL="$KC_URL/realms/$BENCH_REALM/protocol/openid-connect/token"
coordinator_token() {
  curl -s -d grant_type=password -d client_id=cli -d username=coordinator -d password=coordinator \
    "$TOKEN_URL" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
token="$(coordinator_token)"
code="$(curl -s -o "$WORK/probe.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$BASE$AGREEMENT_PATH")"
[[ "$code" == 200 ]] || { cat "$WORK/probe.json" >&2; echo >&2; die "GET $AGREEMENT_PATH answered $code, not 200"; }
first_partner="$(psql_bench -Atc "SELECT partner_institution_id FROM mobility_call_place WHERE call_id = '$LISTED_CALL' AND position = 0")"
APPLICATIONS_PATH="/api/v1/calls/$LISTED_CALL/applications?partnerId=$first_partner&eligibility=PENDING&page=3&size=20"
SEARCH_APPLICATIONS_PATH="/api/v1/calls/$LISTED_CALL/applications?q=aigerim&page=2&size=20"
for path in "$APPLICATIONS_PATH" "$SEARCH_APPLICATIONS_PATH"; do
  code="$(curl -s -o "$WORK/probe.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$BASE$path")"
  [[ "$code" == 200 ]] || { cat "$WORK/probe.json" >&2; echo >&2; die "GET $path answered $code, not 200"; }
done
listed_hits="$(curl -s -H "Authorization: Bearer $token" "$BASE$APPLICATIONS_PATH" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("total"))')"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
run_wrk search "$BASE$SEARCH_PATH"
run_wrk fetch-by-id -s "$WORK/fetch-by-id.lua" "$BASE"
run_wrk estimate -s "$WORK/estimate.lua" "$BASE/api/v1/grants/estimate"
run_wrk agreements -H "Authorization: Bearer $token" "$BASE$AGREEMENT_PATH"
run_wrk applications -H "Authorization: Bearer $token" "$BASE$APPLICATIONS_PATH"
run_wrk application-search -H "Authorization: Bearer $token" "$BASE$SEARCH_APPLICATIONS_PATH"

log "the deadline hour: $APPLICANTS applicants apply and submit once, $APPLICANT_CLIENTS at a time"
psql_bench -Atc "SELECT partner_institution_id FROM mobility_call_place WHERE call_id = '$OPEN_CALL' ORDER BY position" >"$WORK/partners.txt"
python3 "$S/bench/applications.py" "$BASE" "$TOKEN_URL" "$OPEN_CALL" "$WORK/partners.txt" "$APPLICANTS" "$APPLICANT_CLIENTS" \
  | tee "$WORK/deadline-hour.txt"
stored="$(psql_bench -Atc "SELECT count(*) || ' submitted, ' || count(DISTINCT receipt_number) || ' distinct receipts, ' || (SELECT count(*) FROM application_document d JOIN application a ON a.id = d.application_id WHERE a.call_id = '$OPEN_CALL') || ' documents' FROM application WHERE call_id = '$OPEN_CALL' AND status = 'SUBMITTED'")"
log "stored: $stored"

measure_floor
# a new token: the first one (15 minutes) may be near its end after the deadline hour on a busy machine
token="$(coordinator_token)"
measure_allocations "$token"
measure_ranking "$token"

log "measuring in-process: GrantCalculatorBenchmark (5 rounds of 1 s after a warm-up), AllocationBenchmark (30 runs after a warm-up)"
(cd "$REPO_ROOT/backend" && ./mvnw -B -Dquarkus.analytics.disabled=true test -Dtest=GrantCalculatorBenchmark,AllocationBenchmark) \
  >"$WORK/in-process.txt" || { show_log_tail "$WORK/in-process.txt"; die "the in-process benchmarks failed"; }
in_process="$(sed -n 's/^in-process grant calculations per second: \([0-9 ]*\) (sink.*/\1/p' "$WORK/in-process.txt")"
[[ -n "$in_process" ]] || die "the in-process grant benchmark printed no figures"
ALLOCATION_IN_PROCESS="$(sed -n 's/^in-process allocation: \(.*\); sink.*/\1)/p' "$WORK/in-process.txt")"
[[ -n "$ALLOCATION_IN_PROCESS" ]] || die "the in-process allocation benchmark printed no figures"

rss_kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")"
hwm_kb="$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")"

rps() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {print $2}' "$1"; }
errs() {
  local n
  n="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$1")"
  local s
  s="$(awk '/Socket errors:/ {print $0}' "$1")"
  echo "${n:-0} non-2xx${s:+; $s}"
}

{
  echo "Mobility Desk benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM; $(java -version 2>&1 | head -n1)"
  echo "load average before the run: $load_before (other work on the machine skews the figures)"
  echo "data: $total institutions and $agreement_count in $DB (profile prod); wrk -t$THREADS -c$CONNS -d$DURATION --latency on loopback, after a 5 s warm-up"
  echo
  printf '%-44s %s\n' "start-up, first (empty db, migrations):" "${first_ms} ms"
  printf '%-44s %s\n' "start-up (process start -> ready):" "${startup_ms} ms"
  printf '%-44s %s req/s, p99 %s (%s)\n' "search  GET $SEARCH_PATH" "$(rps "$WORK/search.txt")" "$(p99 "$WORK/search.txt")" "$(errs "$WORK/search.txt")"
  printf '%-44s %s req/s, p99 %s (%s)\n' "fetch by id  GET /api/v1/institutions/{id}" "$(rps "$WORK/fetch-by-id.txt")" "$(p99 "$WORK/fetch-by-id.txt")" "$(errs "$WORK/fetch-by-id.txt")"
  printf '%-44s %s req/s, p99 %s (%s)\n' "grant estimate  POST /api/v1/grants/estimate" "$(rps "$WORK/estimate.txt")" "$(p99 "$WORK/estimate.txt")" "$(errs "$WORK/estimate.txt")"
  printf '%-44s %s req/s, p99 %s (%s)\n' "agreement list  GET $AGREEMENT_PATH" "$(rps "$WORK/agreements.txt")" "$(p99 "$WORK/agreements.txt")" "$(errs "$WORK/agreements.txt")"
  printf '%-44s %s req/s, p99 %s (%s; %s of %s match)\n' "application list, partner + eligibility filter" "$(rps "$WORK/applications.txt")" "$(p99 "$WORK/applications.txt")" "$(errs "$WORK/applications.txt")" "$listed_hits" "$LISTED"
  printf '%-44s %s req/s, p99 %s (%s)\n' "application list, text search" "$(rps "$WORK/application-search.txt")" "$(p99 "$WORK/application-search.txt")" "$(errs "$WORK/application-search.txt")"
  echo "deadline hour ($APPLICANTS applicants, $APPLICANT_CLIENTS clients; create, save, upload a 40 KB PDF, submit):"
  grep -v '^tokens:' "$WORK/deadline-hour.txt" | sed 's/^/  /'
  echo "  in the database: $stored"
  printf '%-44s %s per second (one thread, 5 rounds)\n' "grant calculations in-process:" "$in_process"
  selection_results
  printf '%-44s %s MiB (peak %s MiB)\n' "backend RSS after the run:" "$((rss_kb / 1024))" "$((hwm_kb / 1024))"
} >"$RESULTS"
echo
cat "$RESULTS"
echo
log "results saved in $RESULTS"
