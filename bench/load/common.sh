# Shared by the load scripts: find the shared bench, stage a private copy of it and the JS peers, publish and
# start CareerBot (Release, SQLite). Sourced, not run.
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$HERE/.work
# The published build the scripts run: CAREERBOT_DIR=another folder compares two builds side by side.
BUILD=${CAREERBOT_DIR:-$WORK/careerbot}

find_shared() {
  for dir in "${SHARED_DIR:-}" "$ROOT/../shared" "$ROOT/../../shared" /work/shared; do
    if [ -n "$dir" ] && [ -x "$dir/bench/baseline.sh" ]; then (cd "$dir" && pwd); return 0; fi
  done
  echo "cannot find shared/bench/baseline.sh; set SHARED_DIR" >&2; return 2
}

# A private copy, so the peers' node_modules and the results never touch the shared folder other people use.
stage_bench() {
  local shared; shared=$(find_shared)
  mkdir -p "$WORK/shared/bench" "$WORK/shared/peers/jsbot"
  (cd "$shared/bench" && cp -p ./*.sh ./*.lua ./*.js ./*.json ./*.md "$WORK/shared/bench/")
  (cd "$shared/peers/jsbot" && cp -p ./*.js ./*.json .npmrc "$WORK/shared/peers/jsbot/" 2>/dev/null || cp -p ./*.js ./*.json "$WORK/shared/peers/jsbot/")
  if [ ! -d "$WORK/shared/peers/jsbot/node_modules" ]; then
    (cd "$WORK/shared/peers/jsbot" && npm ci --no-audit --no-fund >"$WORK/npm-peers.log" 2>&1) || { echo "npm ci of the JS peers failed: $WORK/npm-peers.log" >&2; return 2; }
  fi
  command -v wrk >/dev/null || { echo "wrk not found: apt-get update && apt-get install -y wrk" >&2; return 2; }
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() { # port
  for _ in $(seq 1 300); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing listening on 127.0.0.1:$1" >&2; return 1
}

# Release build, ReadyToRun when the crossgen package can be restored (a deployed bot starts warm; else the first
# seconds of a run measure the JIT), plain Release otherwise. R2R=0 turns it off.
publish_careerbot() {
  local project=$ROOT/src/CareerBot/CareerBot.csproj
  rm -rf "$BUILD"
  if [ "${R2R:-1}" = 1 ] && dotnet publish "$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      -o "$BUILD" --nologo -v quiet >"$WORK/publish.log" 2>&1; then
    echo "published CareerBot: Release, ReadyToRun"; return 0
  fi
  dotnet publish "$project" -c Release -o "$BUILD" --nologo -v quiet >"$WORK/publish.log" 2>&1 \
    || { cat "$WORK/publish.log" >&2; return 2; }
  echo "published CareerBot: Release"
}

# start_careerbot PORT DBFILE: runs the published build from the repository root (its knowledge/ and appsettings.json)
# with SQLite storage, warnings-only logging; sets BOT_PID.
start_careerbot() {
  local port=$1 db=$2
  rm -f "$db" "$db-wal" "$db-shm"
  (cd "$ROOT" && exec env Host__Urls="http://127.0.0.1:$port" Storage__Kind="${Storage__Kind:-Sqlite}" Storage__SqlitePath="$db" \
      Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning \
      "$BUILD/careerbot") >"$WORK/careerbot.log" 2>&1 &
  BOT_PID=$!
  wait_port "$port"
  for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && return 0
    sleep 0.1
  done
  echo "CareerBot did not become ready: $WORK/careerbot.log" >&2; return 1
}

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# CPU time (user + system) the process has used so far, in milliseconds.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
