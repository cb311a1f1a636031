#!/usr/bin/env bash
# Installs what the tests need on a fresh machine; each step is skipped when already done.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required"; exit 1; }
dotnet restore "$root/CareerBot.sln" -nologo -v quiet
# Azurite (Azure Blob Storage emulator) for the Blob storage tests; the tests start it themselves.
if [ ! -d "$root/tests/tools/node_modules/azurite" ]; then
  command -v npm >/dev/null || { echo "Node.js and npm are required (the Blob storage tests run Azurite)"; exit 1; }
  (cd "$root/tests/tools" && npm ci --no-audit --no-fund --loglevel=error)
fi
# Further installs (browser, load tools), one script per need.
for step in "$root"/tests/tools/setup.d/*.sh; do
  [ -f "$step" ] || continue
  bash "$step"
done
