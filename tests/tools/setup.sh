#!/usr/bin/env bash
# Installs what the tests need on a fresh machine; each step is skipped when already done.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required"; exit 1; }
dotnet restore "$root/CareerBot.sln" -nologo -v quiet
