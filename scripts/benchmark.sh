#!/usr/bin/env bash
# Builds Release, seeds a fresh SQLite database with N dossiers, starts the portal on 127.0.0.1 and prints
# key=value figures (p50/p99 latency, requests/s, and ratios to the baseline page measured in the same run).
# Usage: ./scripts/benchmark.sh [--dossiers 1000000] [--seconds 10] [--concurrency 8] [--database FILE (reuse/keep)]
#   [--pages baseline,dashboard,report,drilldown,home,search,tracking,submission] [--drilldown URL] [--drilldown-user EMAIL]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/MotCua.Web -c Release -v q -nologo
dotnet run --project tools/MotCua.Benchmarks -c Release -- "$@"
