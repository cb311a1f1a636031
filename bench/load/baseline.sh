#!/usr/bin/env bash
# bench/load/baseline.sh: the issue-4 load benchmark. Runs the shared bench's baseline.sh with the official JS SDK
# peers (echo, dialog) and CareerBot (Release build, SQLite storage) side by side in one run, so the ratios compare
# figures taken minutes apart on the same noisy machine.
#   bench/load/baseline.sh            # ROUNDS=3 x (RUNS=1 CONC=32 SECS=10 MODES="expect connector"), ~5 min
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

# ROUNDS rounds of the shared baseline.sh (RUNS=1 each by default), so the three bots take turns all through the
# session instead of each getting one stretch of it: on a shared machine the load from others changes by the minute.
ROUNDS=${ROUNDS:-3}
OUT=$WORK/baseline.out
: >"$OUT"
for round in $(seq 1 "$ROUNDS"); do
  echo "# round $round of $ROUNDS" | tee -a "$OUT"
  RUNS=${RUNS:-1} "$WORK/shared/bench/baseline.sh" \
    js-echo="http://127.0.0.1:$ECHO_PORT/api/messages" \
    js-dialog="http://127.0.0.1:$DIALOG_PORT/api/messages" \
    careerbot="http://127.0.0.1:$BOT_PORT/api/messages" | tee -a "$OUT"
done

echo
echo "careerbot RSS after the runs: $(rss_mb "$BOT_PID") MB"
# Medians over every run of every round, and careerbot's ratio to js-dialog per mode.
awk '
  / run[0-9]+: turns_per_s=/ {
    key = $1 " " $2; if (!(key in n)) order[++k] = key
    n[key]++
    for (i = 4; i <= NF; i++) { split($i, kv, "="); v[key, kv[1], n[key]] = kv[2] }
    err[key] += v[key, "errors", n[key]]
  }
  function med(key, f,   m, a, i, j, t) {
    m = n[key]; for (i = 1; i <= m; i++) a[i] = v[key, f, i] + 0
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
  }
  END {
    print "| bot | mode | runs | turns/s (median) | p50 ms (median) | p99 ms (median) | errors (sum) |"
    print "|---|---|---|---|---|---|---|"
    for (i = 1; i <= k; i++) { key = order[i]; split(key, p, " ")
      printf "| %s | %s | %d | %.0f | %.2f | %.2f | %d |\n", p[1], p[2], n[key], med(key, "turns_per_s"), med(key, "p50_ms"), med(key, "p99_ms"), err[key] }
    for (i = 1; i <= k; i++) { key = order[i]; split(key, p, " ")
      if (p[1] == "careerbot" && med("js-dialog " p[2], "turns_per_s") > 0)
        printf "careerbot/js-dialog %s: %.2fx\n", p[2], med(key, "turns_per_s") / med("js-dialog " p[2], "turns_per_s") }
  }' "$OUT"
