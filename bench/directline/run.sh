#!/usr/bin/env bash
# Direct Line and web chat benchmark: builds CareerBot (Release), starts it on a free loopback port with the real bot and
# in-memory state, runs 200 concurrent WebSocket conversations (load.js) and first visits of the page (page.js), stops it.
# Usage: bash bench/directline/run.sh [conversations=200] [messages per conversation=10] [think ms=2000]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ -d "$here/node_modules/ws" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
dotnet build "$root/src/CareerBot/CareerBot.csproj" -c Release -nologo -v quiet >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
secret="bench-$(date +%s)-$RANDOM$RANDOM"
log=$(mktemp)
# One machine plays 200 students from one address: the per-client limits (requests, tokens, open streams) are lifted
# for the run, the per-conversation ones kept.
Host__Urls="http://127.0.0.1:$port" Storage__Kind=Memory DirectLine__Secret="$secret" Bot__TypingDelayMilliseconds=0 \
  RateLimits__RequestsPerClientPerMinute=1000000 RateLimits__TokensPerClientPerMinute=100000 DirectLine__MaxStreamsPerClient=100000 \
  Logging__LogLevel__Default=Warning \
  dotnet "$root/src/CareerBot/bin/Release/net10.0/careerbot.dll" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done

# Warm-up (JIT, index caches), not reported.
node "$here/load.js" "http://127.0.0.1:$port" "$secret" 20 5 0 >/dev/null
node "$here/load.js" "http://127.0.0.1:$port" "$secret" "${1:-200}" "${2:-10}" "${3:-2000}"   # students who pause to read and type
node "$here/load.js" "http://127.0.0.1:$port" "$secret" "${1:-200}" "${2:-10}" 0                # closed loop: the machine's ceiling
if command -v chromium >/dev/null; then
  node "$here/page.js" "http://127.0.0.1:$port" "$(command -v chromium)" 5
else
  echo "page: skipped (no chromium; run bash tests/tools/setup.sh)"
fi
