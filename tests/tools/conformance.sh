#!/usr/bin/env bash
# Starts CareerBot (Release) on 127.0.0.1:3978 (or a free port when that one is busy), waits for /healthz, runs
# ../shared/bench/conformance.js in both delivery modes, prints its output (last line "N passed, N failed"), stops the bot and exits with its status.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# 3978 as the issue says; if something else already listens there (another bot, a load run), a free port instead,
# or the check would quietly test that other process.
port=${CONFORMANCE_PORT:-3978}
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')
  echo "conformance: 127.0.0.1:${CONFORMANCE_PORT:-3978} is busy, using $port"
fi
url=http://127.0.0.1:$port
cd "$root"

# The shared folder sits next to the repository (../shared); a git worktree may sit one level deeper.
bench="${SHARED_DIR:+$SHARED_DIR/bench}"
if [ -z "$bench" ]; then
  for dir in "$root/.." "$root/../.."; do
    [ -f "$dir/shared/bench/conformance.js" ] && { bench=$(cd "$dir/shared/bench" && pwd); break; }
  done
fi
[ -n "$bench" ] && [ -f "$bench/conformance.js" ] || { echo "conformance: ../shared/bench/conformance.js not found"; exit 2; }
command -v node >/dev/null || { echo "conformance: node is required"; exit 2; }
if [ ! -d "$bench/node_modules" ]; then
  if [ ! -w "$bench" ]; then
    # A read-only shared folder: install the harness's pinned packages into a git-ignored copy.
    copy="$root/artifacts/bench"
    mkdir -p "$copy" && cp "$bench"/{conformance.js,mock-channel.js,package.json,package-lock.json} "$copy/"
    bench="$copy"
  fi
  if [ ! -d "$bench/node_modules" ]; then
    (cd "$bench" && npm ci --no-audit --no-fund >/dev/null) || { echo "conformance: npm ci failed"; exit 2; }
  fi
fi

dll="$root/src/CareerBot/bin/Release/net10.0/careerbot.dll"
if [ ! -f "$dll" ] || [ -n "${CONFORMANCE_BUILD:-}" ]; then
  dotnet build "$root/src/CareerBot/CareerBot.csproj" -c Release -nologo -v quiet >/dev/null || { echo "conformance: build failed"; exit 2; }
fi

log=$(mktemp)
Host__Urls="$url" Bot__MicrosoftAppId="" dotnet "$dll" >"$log" 2>&1 &
pid=$!
stop() { kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$log"; }
trap stop EXIT

ready=""
for _ in $(seq 1 240); do
  kill -0 "$pid" 2>/dev/null || break
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/healthz")" = "200" ]; then ready=1; break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "conformance: CareerBot did not become ready on $url"; tail -n 20 "$log"; exit 1
fi

(cd "$bench" && node conformance.js "$url/api/messages" both)
