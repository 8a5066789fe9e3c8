# shellcheck shell=bash
# shellcheck disable=SC2034  # the variables are used by the scripts that source this file
# Shared helpers for the Mobility Desk scripts. Source it; do not run it.
#
#   REPO_ROOT  the checkout this script belongs to
#   RUN_DIR    <repo>/.run: pid files, logs and stamps of what this checkout started
#   CACHE_DIR  ${XDG_CACHE_HOME:-$HOME/.cache}/mobility-desk: downloads shared by checkouts

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="${RUN_DIR:-$REPO_ROOT/.run}"
CACHE_DIR="${MOBILITY_DESK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mobility-desk}"
set +m  # no job control: a background child shares our process group, so setsid does not fork
mkdir -p "$RUN_DIR"

_tag="$(basename "${0%.sh}")"
log()  { printf '[%s] %s\n' "$_tag" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$_tag" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "$_tag" "$*" >&2; exit 1; }

# show_log_tail FILE [LINES]: print the end of a log file to stderr (used when something failed)
show_log_tail() {
  local file="$1" lines="${2:-60}"
  if [[ -s "$file" ]]; then
    printf -- '----- last %s lines of %s -----\n' "$lines" "$file" >&2
    tail -n "$lines" "$file" >&2
    printf -- '----- end of %s -----\n' "$file" >&2
  fi
}

# http_ok URL: true when the URL answers with a 2xx/3xx status
http_ok() {
  local code
  code="$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null || true)"
  [[ "$code" =~ ^[23][0-9][0-9]$ ]]
}

# port_busy PORT: true when something listens on 127.0.0.1/::1/0.0.0.0 PORT
port_busy() {
  local port="$1"
  if command -v ss >/dev/null 2>&1; then
    ss -Hltn "sport = :$port" 2>/dev/null | grep -q .
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

# pid_alive PID: true when the process exists (and is not a zombie)
pid_alive() {
  local pid="$1"
  [[ -n "$pid" && -d "/proc/$pid" ]] || return 1
  local state
  state="$(awk '/^State:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)"
  [[ -n "$state" && "$state" != "Z" ]]
}

# read_pidfile FILE: print the pid recorded in FILE when that process is still ours and alive.
# A pid file holds "<pid> <marker>"; the marker must appear in the process' command line or
# environment so that a recycled pid is never mistaken for ours.
read_pidfile() {
  local file="$1" pid marker
  [[ -f "$file" ]] || return 1
  read -r pid marker <"$file" || true
  pid_alive "$pid" || return 1
  if [[ -n "${marker:-}" ]]; then
    if ! tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker" \
      && ! tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qF -- "MOBILITY_DESK_MARKER=$marker"; then
      return 1
    fi
  fi
  printf '%s\n' "$pid"
}

# start_bg PIDFILE LOGFILE MARKER CMD...: start CMD in its own session (so that stop can end
# the whole process group), output to LOGFILE, and record "<pid> <marker>" in PIDFILE.
start_bg() {
  local pidfile="$1" logfile="$2" marker="$3"
  shift 3
  : >"$logfile"
  MOBILITY_DESK_MARKER="$marker" setsid "$@" >>"$logfile" 2>&1 </dev/null &
  local pid=$!
  printf '%s %s\n' "$pid" "$marker" >"$pidfile"
  STARTED_PID="$pid"
}

# stop_pidfile PIDFILE NAME [TIMEOUT]: stop the process group recorded in PIDFILE (TERM, then
# KILL after TIMEOUT seconds). Does nothing when the process is gone or not ours.
stop_pidfile() {
  local pidfile="$1" name="$2" timeout="${3:-30}" pid
  if ! pid="$(read_pidfile "$pidfile")"; then
    [[ -f "$pidfile" ]] && rm -f "$pidfile"
    log "$name: not running (nothing started by this checkout)"
    return 0
  fi
  log "$name: stopping (pid $pid)"
  # the process was started with setsid, so it leads its own process group
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local waited=0
  while pid_alive "$pid" && ((waited < timeout * 2)); do
    sleep 0.5
    waited=$((waited + 1))
  done
  if pid_alive "$pid"; then
    warn "$name: still running after ${timeout}s, sending KILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$pidfile"
  log "$name: stopped"
}

# listener_pids PORT: pids of the processes listening on PORT (needs ss with -p; empty if unknown)
listener_pids() {
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u
}

# port_owned_by PGID PORT: true when a process of process group PGID listens on PORT, or when
# the listeners cannot be identified; false when the port belongs to another process group
port_owned_by() {
  local pgid="$1" port="$2" pid owner any=0
  for pid in $(listener_pids "$port"); do
    any=1
    owner="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')"
    [[ "$owner" == "$pgid" ]] && return 0
  done
  [[ $any == 0 ]]
}

# wait_url URL TIMEOUT NAME [PID] [LOGFILE] [PORT]: wait until URL answers 2xx/3xx. Fails (with
# the tail of LOGFILE) after TIMEOUT seconds, or at once when PID dies. With PID and PORT, the
# answer only counts when the process group of PID is the one listening on PORT (another program
# answering on the same port is not mistaken for ours).
wait_url() {
  local url="$1" timeout="$2" name="$3" pid="${4:-}" logfile="${5:-}" port="${6:-}"
  local start=$SECONDS warned=0
  while true; do
    if http_ok "$url"; then
      if [[ -z "$pid" || -z "$port" ]] || port_owned_by "$pid" "$port"; then
        break
      fi
      if [[ $warned == 0 ]]; then
        printf '[%s] WARNING: something else answers on port %s (pids: %s); still waiting for %s\n' \
          "$_tag" "$port" "$(listener_pids "$port" | tr '\n' ' ')" "$name" >&2
        warned=1
      fi
    fi
    if [[ -n "$pid" ]] && ! pid_alive "$pid"; then
      printf '[%s] ERROR: %s exited before %s answered\n' "$_tag" "$name" "$url" >&2
      [[ -n "$logfile" ]] && show_log_tail "$logfile"
      return 1
    fi
    if ((SECONDS - start >= timeout)); then
      printf '[%s] ERROR: %s did not answer %s within %ss\n' "$_tag" "$name" "$url" "$timeout" >&2
      [[ -n "$logfile" ]] && show_log_tail "$logfile"
      return 1
    fi
    sleep 1
  done
  log "$name is ready at $url (after $((SECONDS - start))s)"
}

# file_hash FILE...: sha256 of the files' contents
file_hash() { cat "$@" | sha256sum | awk '{print $1}'; }

# as_root CMD...: run CMD as root (directly, or through sudo when available)
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
  else die "need root to run: $*"
  fi
}
