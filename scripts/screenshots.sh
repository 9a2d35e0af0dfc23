#!/usr/bin/env bash
# Refreshes the journey screenshots in docs/screenshots (receipt, tracking) by running the browser journey test.
set -euo pipefail
cd "$(dirname "$0")/.."
export MOTCUA_DOCS_SCREENSHOTS="$PWD/docs/screenshots"
dotnet test tests/MotCua.Browser.Tests --filter "FullyQualifiedName~SubmissionJourneyTests" "$@"
ls -l docs/screenshots
