#!/usr/bin/env bash
# bench/load/advisor-mix.sh: CareerBot alone under the shared load driver, but each conversation walks
# advisor-mix.txt (a question, a whole fit check, follow-up questions) instead of the peers' FAQ script.
#   bench/load/advisor-mix.sh [MODE=expect|connector] [SECONDS=10]     (careerbot.sh's environment applies)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/common.sh"
stage_bench
LUA_OUT=$WORK/advisor-mix.lua
# The shared turns.lua with its texts table replaced by our lines (JSON-escaped: they go into the body verbatim).
awk -v mix="$HERE/advisor-mix.txt" '
  /^local texts = \{/ {
    print "local texts = {"
    while ((getline line < mix) > 0) { gsub(/\\/, "\\\\\\\\", line); gsub(/"/, "\\\\\"", line); print "  \"" line "\"," }
    skip = 1; next
  }
  skip && /^\}/ { skip = 0; print; next }
  !skip { print }
' "$WORK/shared/bench/turns.lua" >"$LUA_OUT"
grep -q "am I a good fit" "$LUA_OUT" || { echo "could not build $LUA_OUT" >&2; exit 2; }
LUA=$LUA_OUT exec "$HERE/careerbot.sh" "$@"
