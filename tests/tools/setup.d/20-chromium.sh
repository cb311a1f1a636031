#!/usr/bin/env bash
# Headless Chromium for the browser tests (tests/CareerBot.Browser.Tests), from Debian's packages.
set -euo pipefail
command -v chromium >/dev/null && exit 0
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
# Another install may hold apt's lock for a while: wait for it rather than fail.
apt_get() { $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 "$@"; }
for attempt in 1 2 3 4 5 6; do
  if apt_get update -qq && apt_get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null; then break; fi
  echo "apt-get failed (attempt $attempt); retrying in 20 s"; sleep 20
done
# Not fatal here: the other suites still run, and the browser tests fail saying what is missing.
command -v chromium >/dev/null || echo "WARNING: chromium could not be installed; the browser tests will fail"
