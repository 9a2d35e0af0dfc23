#!/usr/bin/env bash
# Vendors the front-end libraries into src/MotCua.Web/wwwroot/lib so the app
# works without internet access (no CDN). Re-run to update; commit the result.
#
#   tools/vendor-assets.sh
#
# Only the files the layout actually uses are copied, plus each LICENSE.
set -euo pipefail

BOOTSTRAP_SPEC="${BOOTSTRAP_SPEC:-bootstrap@5.3}"
CHARTJS_SPEC="${CHARTJS_SPEC:-chart.js@4}"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lib_dir="$repo_root/src/MotCua.Web/wwwroot/lib"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "Installing $BOOTSTRAP_SPEC $CHARTJS_SPEC into $tmp ..."
npm install --no-save --no-audit --no-fund --ignore-scripts --prefix "$tmp" \
  "$BOOTSTRAP_SPEC" "$CHARTJS_SPEC" >/dev/null

nm="$tmp/node_modules"

# Remove the template's libraries (jquery, jquery-validation, old bootstrap layout).
rm -rf "$lib_dir/jquery" "$lib_dir/jquery-validation" "$lib_dir/jquery-validation-unobtrusive" \
       "$lib_dir/bootstrap" "$lib_dir/chart.js"

# Bootstrap: css + js bundle (includes Popper) with source maps, and LICENSE.
mkdir -p "$lib_dir/bootstrap/css" "$lib_dir/bootstrap/js"
cp "$nm/bootstrap/dist/css/bootstrap.min.css" "$nm/bootstrap/dist/css/bootstrap.min.css.map" \
   "$lib_dir/bootstrap/css/"
cp "$nm/bootstrap/dist/js/bootstrap.bundle.min.js" "$nm/bootstrap/dist/js/bootstrap.bundle.min.js.map" \
   "$lib_dir/bootstrap/js/"
cp "$nm/bootstrap/LICENSE" "$lib_dir/bootstrap/LICENSE"

# Chart.js: UMD build (self-contained, exposes window.Chart) and LICENSE.
mkdir -p "$lib_dir/chart.js"
if [[ -f "$nm/chart.js/dist/chart.umd.min.js" ]]; then
  cp "$nm/chart.js/dist/chart.umd.min.js" "$lib_dir/chart.js/"
  # The minified file references its source map; ship it to avoid 404s in dev tools.
  [[ -f "$nm/chart.js/dist/chart.umd.min.js.map" ]] && cp "$nm/chart.js/dist/chart.umd.min.js.map" "$lib_dir/chart.js/"
else
  cp "$nm/chart.js/dist/chart.umd.js" "$lib_dir/chart.js/"
fi
cp "$nm/chart.js/LICENSE.md" "$lib_dir/chart.js/LICENSE.md"

# Record exact versions for auditing.
{
  echo "bootstrap $(node -p "require('$nm/bootstrap/package.json').version")"
  echo "chart.js $(node -p "require('$nm/chart.js/package.json').version")"
} > "$lib_dir/VERSIONS.txt"

echo "Vendored:"
cat "$lib_dir/VERSIONS.txt"
(cd "$lib_dir" && find . -type f | sort)
