#!/usr/bin/env bash
# bench/load/careerbot.sh: CareerBot alone under turns.sh, then its RSS: for profiling and the memory target.
#   bench/load/careerbot.sh [MODE=expect|connector] [SECONDS=10]
#   CONVERSATIONS=10000 SOAK_TURNS=100000 bench/load/careerbot.sh expect   # RSS after >= 100,000 turns over 10,000 conversations
# Environment: CONC=32, STORAGE=Sqlite|Memory, BOT_PORT=3978, SKIP_PUBLISH=1 (reuse the last build), LUA=a turns.lua
# replacement (a different conversation script), plus turns.sh's knobs (WARMUP_S, CONVERSATIONS, THREADS, ...).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$HERE/common.sh"
MODE=${1:-expect}; SECS=${2:-10}; CONC=${CONC:-32}; BOT_PORT=${BOT_PORT:-3978}; STORAGE=${STORAGE:-Sqlite}
port_free "$BOT_PORT" || { echo "port $BOT_PORT is in use; set BOT_PORT" >&2; exit 2; }
stage_bench
[ "${SKIP_PUBLISH:-0}" = 1 ] && [ -x "$BUILD/careerbot" ] || publish_careerbot

BENCH=$WORK/shared/bench
if [ -n "${LUA:-}" ]; then
  BENCH=$WORK/bench-custom; mkdir -p "$BENCH"
  cp -p "$WORK/shared/bench/turns.sh" "$WORK/shared/bench/mock-channel.js" "$BENCH/"
  cp "$LUA" "$BENCH/turns.lua"
fi

export Storage__Kind=$STORAGE
start_careerbot "$BOT_PORT" "$WORK/careerbot-alone.db"
trap 'kill -TERM "$BOT_PID" 2>/dev/null || true; wait "$BOT_PID" 2>/dev/null || true' EXIT
echo "careerbot pid $BOT_PID storage=$STORAGE RSS at start: $(rss_mb "$BOT_PID") MB"

URL=http://127.0.0.1:$BOT_PORT/api/messages
# Our own warm-up pass, so CPU per turn can be taken over the measured runs only.
WARM=${WARMUP_S:-3}
[ "$WARM" -gt 0 ] && WARMUP_S=0 "$BENCH/turns.sh" "$URL" "$CONC" "$WARM" "$MODE" >/dev/null 2>&1 || true
export WARMUP_S=0
CPU0=$(cpu_ms "$BOT_PID")
TOTAL=0
TARGET=${SOAK_TURNS:-0}
while :; do
  OUT=$("$BENCH/turns.sh" "$URL" "$CONC" "$SECS" "$MODE" || true)
  echo "$OUT"
  REQS=$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<"$OUT" | tail -1)
  TOTAL=$(( TOTAL + ${REQS:-0} ))
  [ "$TOTAL" -ge "$TARGET" ] && break
done
# CPU per turn is steadier than turns/s on a shared machine: it hardly depends on what else is running.
CPU=$(( $(cpu_ms "$BOT_PID") - CPU0 ))
echo "careerbot measured turns=$TOTAL cpu_ms_per_turn=$(awk -v c="$CPU" -v t="$TOTAL" 'BEGIN { printf "%.3f", (t > 0 ? c / t : 0) }')" \
  "RSS now: $(rss_mb "$BOT_PID") MB, peak: $(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$BOT_PID/status") MB" \
  "($(awk '/^Rss(Anon|File|Shmem)/ { printf "%s %.0f MB ", $1, $2 / 1024 }' "/proc/$BOT_PID/status"))"
