#!/usr/bin/env bash
# bench/load/baseline.sh: the issue-4 load benchmark. Runs the shared bench's baseline.sh with the official JS SDK
# peers (echo, dialog) and CareerBot (Release build, SQLite storage) side by side in one run, so the ratios compare
# figures taken minutes apart on the same noisy machine.
#   bench/load/baseline.sh            # RUNS=3 CONC=32 SECS=10 MODES="expect connector" (~5 min)
# Environment: RUNS, CONC, SECS, MODES, WARMUP_S (passed on); BOT_PORT=3978, ECHO_PORT=3979, DIALOG_PORT=3980;
# SHARED_DIR (the folder holding bench/ and peers/, found next to the repository by default).
# Output: the shared script's per-run lines and table of medians, then the ratios against js-dialog.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/common.sh"
BOT_PORT=${BOT_PORT:-3978}; ECHO_PORT=${ECHO_PORT:-3979}; DIALOG_PORT=${DIALOG_PORT:-3980}

for p in "$BOT_PORT" "$ECHO_PORT" "$DIALOG_PORT"; do
  port_free "$p" || { echo "port $p is in use; set BOT_PORT/ECHO_PORT/DIALOG_PORT" >&2; exit 2; }
done
stage_bench
publish_careerbot

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
trap 'exit 130' INT TERM

PEERS=$WORK/shared/peers/jsbot
for spec in "echo.js:$ECHO_PORT" "dialog.js:$DIALOG_PORT"; do
  (cd "$PEERS" && exec env PORT="${spec#*:}" node "${spec%%:*}") >"$WORK/${spec%%:*}.log" 2>&1 &
  PIDS+=($!)
  wait_port "${spec#*:}"
done
start_careerbot "$BOT_PORT" "$WORK/bench.db"
PIDS+=("$BOT_PID")

OUT=$WORK/baseline.out
"$WORK/shared/bench/baseline.sh" \
  js-echo="http://127.0.0.1:$ECHO_PORT/api/messages" \
  js-dialog="http://127.0.0.1:$DIALOG_PORT/api/messages" \
  careerbot="http://127.0.0.1:$BOT_PORT/api/messages" | tee "$OUT"

echo
echo "careerbot RSS after the run: $(rss_mb "$BOT_PID") MB"
# Ratios of the medians: careerbot turns/s over js-dialog turns/s, per mode.
awk -F'|' '
  /^\| *(js-dialog|careerbot) *\|/ { gsub(/ /, "", $2); gsub(/ /, "", $3); gsub(/ /, "", $5); gsub(/ /, "", $7); t[$2, $3] = $5; p99[$2, $3] = $7; modes[$3] = 1 }
  END { for (m in modes) if (t["js-dialog", m] > 0) printf "careerbot/js-dialog %s: %.2fx (careerbot p99 %s ms)\n", m, t["careerbot", m] / t["js-dialog", m], p99["careerbot", m] }
' "$OUT"
