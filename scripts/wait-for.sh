#!/usr/bin/env bash
# Wait until a URL answers with a 2xx or 3xx status.
#
#   scripts/wait-for.sh URL [TIMEOUT_SECONDS=120] [LOG_FILE_TO_SHOW_ON_FAILURE]
#
# Exits 0 when the URL answers, 1 after the timeout (printing the tail of the log file if given).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ $# -ge 1 ]] || { echo "usage: $0 URL [TIMEOUT_SECONDS] [LOG_FILE]" >&2; exit 2; }
url="$1"
timeout="${2:-120}"
logfile="${3:-}"
[[ "$timeout" =~ ^[0-9]+$ ]] || die "timeout must be a number of seconds, got: $timeout"
log "waiting up to ${timeout}s for $url"
wait_url "$url" "$timeout" "the service" "" "$logfile"
