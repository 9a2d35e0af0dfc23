#!/usr/bin/env bash
# The test command of MotCua: builds the solution once, runs every test project (unit, web, browser)
# and prints, as its very last line, a plain summary `N passed, N failed, N skipped` computed from the
# TRX files. Exits with dotnet test's exit code (non-zero when anything failed).
#
# Usage: ./scripts/test.sh [extra dotnet test args]   e.g. ./scripts/test.sh --filter "FullyQualifiedName~Home"
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive
# Playwright must never download a browser: the browser tests drive Debian's /usr/bin/chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

RESULTS_DIR="$REPO_ROOT/TestResults"
CHROMIUM=/usr/bin/chromium

# Prints an error line, then the summary line last, and exits with the given code.
fail_early() {
    local code="$1"; shift
    echo "ERROR: $*" >&2
    echo "0 passed, 1 failed, 0 skipped"
    exit "$code"
}

install_chromium() {
    [[ -x "$CHROMIUM" ]] && return 0

    local sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo -n)
        else
            fail_early 1 "$CHROMIUM is missing and this user is not root and has no sudo: install the Debian package chromium."
        fi
    fi

    echo "== $CHROMIUM is missing: installing Debian chromium"
    # Another process may hold the apt/dpkg lock (e.g. an install already in progress): wait for it,
    # and re-check after each attempt in case that process installed chromium.
    local attempt
    for attempt in 1 2 3 4 5; do
        if "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 update \
            && "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 install -y chromium </dev/null; then
            break
        fi
        [[ -x "$CHROMIUM" ]] && break
        echo "apt-get failed (attempt $attempt), retrying in 15 s" >&2
        sleep 15
    done
    [[ -x "$CHROMIUM" ]] || fail_early 1 "could not install chromium ($CHROMIUM still missing)."
}

install_chromium

echo "== dotnet tool restore"
dotnet tool restore || fail_early $? "dotnet tool restore failed."

echo "== dotnet build MotCua.sln"
dotnet build MotCua.sln || fail_early $? "the build failed."

rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

echo "== dotnet test"
set +e
dotnet test MotCua.sln --no-build --logger "trx;LogFilePrefix=r" --results-directory "$RESULTS_DIR" "$@"
test_code=$?
set -e

mapfile -t trx_files < <(find "$RESULTS_DIR" -type f -name '*.trx' | sort)
if [[ ${#trx_files[@]} -eq 0 ]]; then
    echo "ERROR: dotnet test produced no TRX file under $RESULTS_DIR (exit code $test_code)." >&2
    echo "0 passed, 0 failed, 0 skipped"
    exit $(( test_code != 0 ? test_code : 1 ))
fi

# Sum the <Counters .../> of every TRX file (one per test project). xunit skips leave notExecuted at 0,
# so skipped = total - executed. Errors, timeouts and aborts count as failures.
read -r passed failed skipped < <(
    cat "${trx_files[@]}" | tr '\n\r' '  ' | grep -o '<Counters [^>]*>' | awk '
        function attr(tag, name) {
            if (match(tag, " " name "=\"[0-9]+\"")) {
                return substr(tag, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0
            }
            return 0
        }
        {
            total += attr($0, "total"); executed += attr($0, "executed"); passed += attr($0, "passed")
            failed += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
        }
        END { printf "%d %d %d\n", passed, failed, total - executed }'
)

echo "TRX files: ${#trx_files[@]} in $RESULTS_DIR"
test_projects=$(grep -l '<IsTestProject>true</IsTestProject>' tests/*/*.csproj 2>/dev/null | wc -l)
if [[ ${#trx_files[@]} -lt $test_projects ]]; then
    echo "WARNING: $test_projects test projects but only ${#trx_files[@]} TRX files: some counts may be missing." >&2
fi
exit_code=$test_code
if [[ $exit_code -eq 0 && $failed -gt 0 ]]; then
    exit_code=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$exit_code"
