# shellcheck shell=bash
# The selection part of `make bench` (issue 12), and what this machine can do in the same run. Sourced by
# scripts/bench.sh after the other measurements; it uses BASE, WORK, S, THREADS, CONNS, DURATION and run_wrk, rps,
# p99, errs, log and die from there.
#
#   measure_floor          the HTTP floor (wrk on GET /q/health/live) and PostgreSQL's own rate (pgbench select-only,
#                          in a scratch database mobility_pgbench initialised at scale 10, dropped afterwards)
#   measure_allocations T  POST the allocation of bench call 3 (scripts/bench/selection.sql) SELECTION_RUNS times
#                          with token T; checks 201 and the counts; wall times (curl) kept, the last run's id in RUN_ID
#   measure_ranking T      wrk on a page of the last run's outcomes, the selection screen's ranking, with token T
#   selection_results      the lines for the results file, with the ratios to the floor

SELECTION_CALL="00000000-0000-4000-8000-0000000ca113"
SELECTION_CANDIDATES=2000
SELECTION_PLACED=60 # 10 partners x 6 places, all taken: every candidate names three of them
SELECTION_RUNS=5
ALLOCATIONS_PATH="/api/v1/calls/$SELECTION_CALL/allocations"
PGBENCH_DB="mobility_pgbench"
PGBENCH_SCALE=10
PGBENCH_CLIENTS=16
PGBENCH_SECONDS=20
PGBENCH_CREATED=0
RUN_ID=""
RANKING_PATH=""

pg_tool() { # pgbench or dropdb, then its arguments
  local tool="$1"
  shift
  PGPASSWORD=mobility "$tool" -h 127.0.0.1 -U mobility "$@"
}

# removes the scratch database of pgbench when this run made it (also called by bench.sh's cleanup)
drop_pgbench() {
  [[ $PGBENCH_CREATED == 1 ]] || return 0
  pg_tool dropdb --if-exists "$PGBENCH_DB"
  PGBENCH_CREATED=0
}

measure_floor() {
  run_wrk health "$BASE/q/health/live"
  log "PostgreSQL's own rate: pgbench -i -s $PGBENCH_SCALE in $PGBENCH_DB, then select-only, -c $PGBENCH_CLIENTS -j $THREADS -T $PGBENCH_SECONDS"
  "$S/ensure-postgres.sh" --recreate "$PGBENCH_DB" >/dev/null
  PGBENCH_CREATED=1
  pg_tool pgbench -i -q -s "$PGBENCH_SCALE" "$PGBENCH_DB" >"$WORK/pgbench-init.txt" 2>&1 \
    || { cat "$WORK/pgbench-init.txt" >&2; die "pgbench -i failed"; }
  pg_tool pgbench -S -c "$PGBENCH_CLIENTS" -j "$THREADS" -T "$PGBENCH_SECONDS" "$PGBENCH_DB" 2>&1 | tee "$WORK/pgbench.txt"
  drop_pgbench
  [[ -n "$(pgbench_tps)" ]] || die "pgbench printed no tps"
}

pgbench_tps() { awk '/^tps = / {printf "%.0f", $3; exit}' "$WORK/pgbench.txt"; }

measure_allocations() {
  local token="$1" i out code
  log "the allocation through the API: POST $ALLOCATIONS_PATH, $SELECTION_RUNS times"
  : >"$WORK/allocation-times.txt"
  for ((i = 1; i <= SELECTION_RUNS; i++)); do
    out="$(curl -s -o "$WORK/allocation.json" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $token" "$BASE$ALLOCATIONS_PATH")"
    code="${out%% *}"
    [[ "$code" == 201 ]] || { cat "$WORK/allocation.json" >&2; echo >&2; die "POST $ALLOCATIONS_PATH answered $code, not 201"; }
    RUN_ID="$(python3 - "$WORK/allocation.json" "$SELECTION_CANDIDATES" "$SELECTION_PLACED" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))
counts = run["counts"]
if counts["candidates"] != int(sys.argv[2]) or counts["placed"] != int(sys.argv[3]):
    sys.exit(f"the run's counts are {counts}, not {sys.argv[2]} candidates and {sys.argv[3]} placed")
print(run["id"])
PY
)" || die "the allocation run is not the expected one"
    log "  run $i: ${out#* } s, run $RUN_ID"
    echo "${out#* }" >>"$WORK/allocation-times.txt"
  done
}

# "median max" in ms of the wall times, and all of them in order
allocation_times() {
  sort -n "$WORK/allocation-times.txt" | awk '{t[NR] = $1 * 1000} END {printf "median %.0f ms, max %.0f ms", t[int((NR + 1) / 2)], t[NR]}'
  awk '{printf "%s%.0f", (NR == 1 ? " (in order: " : ", "), $1 * 1000} END {print " ms)"}' "$WORK/allocation-times.txt"
}

measure_ranking() {
  local token="$1" code
  RANKING_PATH="$ALLOCATIONS_PATH/$RUN_ID/outcomes?page=10&size=50"
  code="$(curl -s -o "$WORK/probe.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$BASE$RANKING_PATH")"
  [[ "$code" == 200 ]] || { cat "$WORK/probe.json" >&2; echo >&2; die "GET $RANKING_PATH answered $code, not 200"; }
  python3 -c 'import json,sys; n = len(json.load(sys.stdin)["items"]); sys.exit(0 if n == 50 else f"the ranking page has {n} outcomes, not 50")' \
    <"$WORK/probe.json" || die "the ranking page is not a full page"
  run_wrk ranking -H "Authorization: Bearer $token" "$BASE$RANKING_PATH"
}

# A / B to three significant digits (a slow page against pgbench is far below 0.001)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.3g", a / b; else printf "?"}'; }

selection_results() {
  local floor name
  floor="$(rps "$WORK/health.txt")"
  printf '%-44s %s req/s, p99 %s (%s)\n' "HTTP floor  GET /q/health/live" "$floor" "$(p99 "$WORK/health.txt")" "$(errs "$WORK/health.txt")"
  printf '%-44s %s tps (select-only, scale %s, -c%s -j%s -T%s)\n' "PostgreSQL floor  pgbench -S:" "$(pgbench_tps)" "$PGBENCH_SCALE" \
    "$PGBENCH_CLIENTS" "$THREADS" "$PGBENCH_SECONDS"
  echo "selection (bench call 3: $SELECTION_CANDIDATES eligible, 10 partners x 6 places, 3 preferences, 4 criteria, 2 evaluators):"
  printf '  %-46s %s\n' "allocation through the API (POST x$SELECTION_RUNS, wall):" "$(allocation_times)"
  printf '  %-46s %s\n' "allocation in-process (Allocation.allocate):" "$ALLOCATION_IN_PROCESS"
  printf '  %-46s %s req/s, p99 %s (%s)\n' "ranking page GET .../outcomes?page=10&size=50" "$(rps "$WORK/ranking.txt")" "$(p99 "$WORK/ranking.txt")" \
    "$(errs "$WORK/ranking.txt")"
  echo "ratios (same run): req/s / the HTTP floor's req/s"
  for name in search fetch-by-id estimate agreements applications application-search ranking; do
    printf '  %-46s %s\n' "$name" "$(ratio "$(rps "$WORK/$name.txt")" "$floor")"
  done
  printf '  %-46s %s req/s / %s tps = %s\n' "ranking page / pgbench select-only tps" "$(rps "$WORK/ranking.txt")" "$(pgbench_tps)" \
    "$(ratio "$(rps "$WORK/ranking.txt")" "$(pgbench_tps)")"
}
