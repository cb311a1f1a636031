#!/usr/bin/env bash
# Scale-out benchmark: 200 concurrent Direct Line conversations (load.js, WebSockets) over three CareerBot hosts that
# share Redis (DirectLine:Backplane=redis) and an Azure Blob container on Azurite (state), behind nginx round-robin
# with no stickiness, so a conversation's posts and its stream land on different hosts. In the same run, for
# comparison: one host alone on the same Redis and Blob, and one host alone with the embedded defaults.
# Usage: bash bench/directline/scaleout.sh [conversations=200] [messages per conversation=10] [think ms=2000]
# Needs redis-server and nginx (Debian packages) and Azurite (bash tests/tools/setup.sh installs all three).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
conversations=${1:-200}; messages=${2:-10}; think=${3:-2000}
for tool in redis-server nginx node; do command -v "$tool" >/dev/null || { echo "$tool not found (bash tests/tools/setup.sh)" >&2; exit 2; }; done
azurite=$root/tests/tools/node_modules/azurite/dist/src/blob/main.js
[ -f "$azurite" ] || { echo "Azurite missing: bash tests/tools/setup.sh" >&2; exit 2; }
[ -d "$here/node_modules/ws" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
dotnet build "$root/src/CareerBot/CareerBot.csproj" -c Release -nologo -v quiet >/dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
wait_ready() { for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "port $1 not ready" >&2; return 1; }
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

redis_port=$(free_port); blob_port=$(free_port); lb_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$work/redis.log" 2>&1 & pids+=($!)
node "$azurite" --blobHost 127.0.0.1 --blobPort "$blob_port" --location "$work/azurite" --silent --skipApiVersionCheck --loose \
  >"$work/azurite.log" 2>&1 & pids+=($!)
blob="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;"
secret="bench-$(date +%s)-$RANDOM$RANDOM"

# start_host PORT [extra env...]: one CareerBot process from the repository root; its pid goes to pids.
start_host() {
  local port=$1; shift
  (cd "$root" && exec env Host__Urls="http://127.0.0.1:$port" DirectLine__Secret="$secret" Bot__TypingDelayMilliseconds=0 \
    RateLimits__RequestsPerClientPerMinute=1000000 RateLimits__TokensPerClientPerMinute=100000 DirectLine__MaxStreamsPerClient=100000 \
    Host__TrustedProxies__0=127.0.0.1 Logging__LogLevel__Default=Warning "$@" \
    dotnet "$root/src/CareerBot/bin/Release/net10.0/careerbot.dll") >"$work/host-$port.log" 2>&1 &
  pids+=($!)
}
shared=(Storage__Kind=Blob "Storage__BlobConnectionString=$blob" Storage__BlobContainer="bench-$RANDOM"
        DirectLine__Backplane=redis "Redis__Configuration=127.0.0.1:$redis_port" DirectLine__TokenSigningKey="bench-shared-key-0123456789abcdefghij")

run_load() { # label url
  node "$here/load.js" "$2" "$secret" 20 5 0 >/dev/null || true   # warm-up (JIT, caches), not reported
  echo "== $1"
  node "$here/load.js" "$2" "$secret" "$conversations" "$messages" "$think"
  node "$here/load.js" "$2" "$secret" "$conversations" "$messages" 0
}

# One host alone on the embedded defaults (in-process conversations, SQLite), then alone on Redis + Blob.
p=$(free_port); start_host "$p" Storage__Kind=Sqlite Storage__SqlitePath="$work/alone.db"; wait_ready "$p"
run_load "one host, embedded (SQLite, in-process Direct Line)" "http://127.0.0.1:$p"
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
p=$(free_port); start_host "$p" DirectLine__Backplane=redis "Redis__Configuration=127.0.0.1:$redis_port" Redis__KeyPrefix=alone: \
  DirectLine__TokenSigningKey="bench-shared-key-0123456789abcdefghij" Storage__Kind=Sqlite Storage__SqlitePath="$work/redis-alone.db"
wait_ready "$p"
run_load "one host, Redis Direct Line + SQLite state (the backplane's own cost)" "http://127.0.0.1:$p"
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
p=$(free_port); start_host "$p" "${shared[@]}"; wait_ready "$p"
run_load "one host, Redis + Blob (Azurite)" "http://127.0.0.1:$p"
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

# Three hosts behind nginx, round-robin, no stickiness.
ports=(); for _ in 1 2 3; do ports+=("$(free_port)"); done
for port in "${ports[@]}"; do start_host "$port" "${shared[@]}"; wait_ready "$port"; done
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
  upstream careerbot {
$(for port in "${ports[@]}"; do echo "    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"; done)
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$lb_port;
    location / {
      proxy_pass http://careerbot;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Host \$http_host;
      proxy_next_upstream error;
      proxy_read_timeout 120s;
    }
  }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" -g 'daemon off;' & pids+=($!)
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$lb_port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
cpu_s() { [ -e "/proc/$1/stat" ] && awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat" || echo 0; }
before=(); for pid in "${pids[@]}"; do before+=("$(cpu_s "$pid")"); done
run_load "three hosts behind nginx round-robin, Redis + Blob (Azurite)" "http://127.0.0.1:$lb_port"
names=(redis azurite); for _ in 1 2 3 4 5 6; do names+=(host); done; names+=(nginx)
# CPU seconds each process used during the three-host run (warm-up included); the hosts are the last three before nginx.
echo -n "CPU s during the three-host run:"
for i in "${!pids[@]}"; do [ -e "/proc/${pids[$i]}/stat" ] || continue
  echo -n " ${names[$i]}=$(awk -v a="$(cpu_s "${pids[$i]}")" -v b="${before[$i]}" 'BEGIN { printf "%.1f", a - b }')"; done; echo
echo "hosts' RSS MB: $(for pid in "${pids[@]: -4:3}"; do awk '/^VmRSS/ { printf "%.0f ", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null; done)"
