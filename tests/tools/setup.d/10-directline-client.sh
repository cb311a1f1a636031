#!/usr/bin/env bash
# botframework-directlinejs (pinned by its lock file) for the real-client Direct Line tests.
set -euo pipefail
dir=$(cd "$(dirname "$0")/../directline" && pwd)
[ -d "$dir/node_modules/botframework-directlinejs" ] && exit 0
command -v npm >/dev/null || { echo "Node.js and npm are required (the Direct Line client tests run botframework-directlinejs)"; exit 1; }
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
