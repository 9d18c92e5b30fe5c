#!/usr/bin/env bash
# Renders the HTML report of the Extremadura sample and the HTML forecasts of Exemplary and Centro with the CLI, opens
# each in headless Chromium (Debian's package `chromium`) and fails on console errors, external requests or horizontal
# overflow; see check-html.mjs.
# Run from the repository root. Skips (exit 0) when /usr/bin/chromium is not installed; .ci/run installs it.
# The full-page screenshot is copied to $S3C_SCREENSHOT when that is set. Needs the npm registry for playwright-core.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/s3c-html.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "== HTML report of samples/strategies/extremadura.yaml"
dotnet build src/S3Criteria.Cli -nologo -v quiet > "$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; echo "the CLI did not build"; exit 1; }
dotnet run --project src/S3Criteria.Cli --no-build -- check samples/strategies/extremadura.yaml --date 2026-11-25 \
  --format html --output "$tmp/report.html" --fail-on none
[ -s "$tmp/report.html" ] || { echo "the CLI wrote no HTML report"; exit 1; }

if [ ! -x /usr/bin/chromium ]; then
  echo "chromium not installed: skipping the HTML check"
  exit 0
fi

echo "== playwright-core (driver only; the browser is Debian's /usr/bin/chromium)"
npm install --no-audit --no-fund --loglevel=error --prefix "$tmp/playwright" playwright-core@1 > "$tmp/npm.log" 2>&1 \
  || { cat "$tmp/npm.log"; echo "npm could not install playwright-core"; exit 1; }

echo "== headless Chromium"
mkdir -p "$tmp/profile"
S3C_PLAYWRIGHT_PREFIX="$tmp/playwright" node tests/html/check-html.mjs "$tmp/report.html" "$tmp/report.png" "$tmp/profile"

echo "== HTML forecasts of samples/strategies/exemplary.yaml and centro.yaml"
for sample in exemplary centro; do
  dotnet run --project src/S3Criteria.Cli --no-build -- forecast "samples/strategies/$sample.yaml" --from 2026-11-25 \
    --format html --output "$tmp/$sample.forecast.html" > /dev/null || [ $? -eq 1 ]
  [ -s "$tmp/$sample.forecast.html" ] || { echo "the CLI wrote no HTML forecast of $sample"; exit 1; }
  mkdir -p "$tmp/profile-$sample"
  S3C_HTML_EXPECT=bands S3C_PLAYWRIGHT_PREFIX="$tmp/playwright" node tests/html/check-html.mjs \
    "$tmp/$sample.forecast.html" "$tmp/$sample.forecast.png" "$tmp/profile-$sample"
done

if [ -n "${S3C_SCREENSHOT:-}" ]; then
  cp "$tmp/report.png" "$S3C_SCREENSHOT"
  echo "screenshot copied to $S3C_SCREENSHOT"
fi
