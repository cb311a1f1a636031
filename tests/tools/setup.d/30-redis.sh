#!/usr/bin/env bash
# Redis for the Redis backplane and scale-out tests (they start their own redis-server), from Debian's packages.
set -euo pipefail
command -v redis-server >/dev/null && exit 0
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
apt_get() { $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 "$@"; }
for attempt in 1 2 3 4 5 6; do
  if apt_get update -qq && apt_get install -y -qq --no-install-recommends redis-server >/dev/null; then break; fi
  echo "apt-get failed (attempt $attempt); retrying in 20 s"; sleep 20
done
# The package starts a system-wide server on 6379; the tests use their own on free ports and need none.
command -v systemctl >/dev/null && $sudo_cmd systemctl disable --now redis-server >/dev/null 2>&1 || true
command -v redis-server >/dev/null || echo "WARNING: redis-server could not be installed; the Redis tests will fail"
