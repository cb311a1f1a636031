#!/usr/bin/env bash
# Runs every CareerBot test: installs what the tests need (first run only), builds, runs the xunit suites,
# then the protocol conformance check against a running bot. Prints "N passed, N failed" last.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash tests/tools/setup.sh || { echo "setup failed"; exit 2; }

# Test hosts need no appsettings reloads; each watcher costs an inotify instance, and the machine-wide limit is small.
export DOTNET_hostBuilder__reloadConfigOnChange=false

passed=0; failed=0; status=0
log=$(mktemp)
dotnet build CareerBot.sln -c Release -nologo -v quiet 2>&1 | tail -n 20 || true
dotnet test CareerBot.sln -c Release --no-build -nologo 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
while read -r f p; do passed=$((passed + p)); failed=$((failed + f)); done < <(
  sed -nE 's/.*Failed:[[:space:]]*([0-9]+), Passed:[[:space:]]*([0-9]+),.*/\1 \2/p' "$log")
rm -f "$log"

for extra in tests/tools/conformance.sh; do
  [ -f "$extra" ] || continue
  out=$(bash "$extra" 2>&1); rc=$?
  printf '%s\n' "$out"
  line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
  if [ -n "$line" ]; then
    passed=$((passed + $(echo "$line" | cut -d' ' -f1))); failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
  elif [ $rc -ne 0 ]; then failed=$((failed + 1)); fi
  [ $rc -eq 0 ] || status=1
done

[ $passed -gt 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
