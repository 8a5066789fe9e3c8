#!/usr/bin/env bash
# Install the system tools the tests and the benchmark need, when they are missing (Debian apt,
# non-interactive). Idempotent.
#
#   scripts/ensure-tools.sh [tool ...]     default: chromium wrk
#
# Known tools: chromium (Playwright's browser: /usr/bin/chromium), wrk (make bench), curl, unzip.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

tools=("$@")
[[ ${#tools[@]} -gt 0 ]] || tools=(chromium wrk)

missing=()
for tool in "${tools[@]}"; do
  case "$tool" in
    chromium | wrk | curl | unzip) ;;
    *) die "unknown tool: $tool (known: chromium wrk curl unzip)" ;;
  esac
  if command -v "$tool" >/dev/null 2>&1; then
    log "$tool: $(command -v "$tool")"
  else
    missing+=("$tool")
  fi
done
[[ ${#missing[@]} -gt 0 ]] || exit 0

command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and apt-get is not available: install them by hand"
export DEBIAN_FRONTEND=noninteractive
APT=(apt-get -y -q -o DPkg::Lock::Timeout=600)
log "installing ${missing[*]} with apt-get (may take a few minutes)"
if ! as_root "${APT[@]}" install "${missing[@]}"; then
  log "install failed; refreshing the package lists with apt-get update and retrying"
  as_root apt-get -q -o DPkg::Lock::Timeout=600 update
  as_root "${APT[@]}" install "${missing[@]}" || die "apt-get could not install ${missing[*]}"
fi
for tool in "${missing[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is still missing after apt-get install"
  log "$tool installed: $(command -v "$tool")"
done
