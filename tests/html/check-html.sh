#!/usr/bin/env bash
# Renders the HTML reports of the Extremadura and weak-draft samples (and of Dytiki Makedonia in Greek and Croatia in
# Croatian) and the HTML forecasts of Exemplary and Centro
# with the CLI, opens each in headless Chromium (Debian's package `chromium`) and fails on console errors, external
# requests, horizontal overflow or accessibility violations of impact serious or critical (axe-core, WCAG 2.1 A/AA);
# see check-html.mjs. The Extremadura report is also printed to PDF (A4, as Chromium prints it).
# Run from the repository root. Skips (exit 0) when /usr/bin/chromium is not installed; .ci/run installs it.
# The full-page screenshot is copied to $S3C_SCREENSHOT and the printed PDF to $S3C_PRINT_PDF when those are set.
# Needs the npm registry: playwright-core and axe-core, pinned in tests/html/package.json and package-lock.json, are
# installed with npm ci into a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/s3c-html.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

dotnet build src/S3Criteria.Cli -nologo -v quiet > "$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; echo "the CLI did not build"; exit 1; }
# Reports in English, and in Greek and Croatian (other scripts and diacritics, lang="el" / lang="hr").
reports="extremadura:en weak-draft:en dytiki-makedonia:el croatia:hr"
for entry in $reports; do
  sample=${entry%%:*}
  echo "== HTML report of samples/strategies/$sample.yaml (--language ${entry##*:})"
  dotnet run --project src/S3Criteria.Cli --no-build -- check "samples/strategies/$sample.yaml" --date 2026-11-25 \
    --format html --output "$tmp/$sample.html" --fail-on none --language "${entry##*:}"
  [ -s "$tmp/$sample.html" ] || { echo "the CLI wrote no HTML report of $sample"; exit 1; }
done

if [ ! -x /usr/bin/chromium ]; then
  echo "chromium not installed: skipping the HTML check"
  exit 0
fi

echo "== playwright-core (driver only; the browser is Debian's /usr/bin/chromium) and axe-core, with npm ci"
mkdir -p "$tmp/tools"
cp tests/html/package.json tests/html/package-lock.json "$tmp/tools/"
npm ci --no-audit --no-fund --loglevel=error --prefix "$tmp/tools" > "$tmp/npm.log" 2>&1 \
  || { cat "$tmp/npm.log"; echo "npm ci could not install tests/html/package.json"; exit 1; }

echo "== headless Chromium"
for entry in $reports; do
  sample=${entry%%:*}
  mkdir -p "$tmp/profile-$sample"
  pdf=""
  [ "$sample" = extremadura ] && pdf="$tmp/report.pdf"
  S3C_HTML_LANG="${entry##*:}" S3C_HTML_PDF="$pdf" S3C_PLAYWRIGHT_PREFIX="$tmp/tools" node tests/html/check-html.mjs \
    "$tmp/$sample.html" "$tmp/$sample.png" "$tmp/profile-$sample"
done
cp "$tmp/extremadura.png" "$tmp/report.png"

echo "== HTML forecasts of samples/strategies/exemplary.yaml and centro.yaml"
for sample in exemplary centro; do
  dotnet run --project src/S3Criteria.Cli --no-build -- forecast "samples/strategies/$sample.yaml" --from 2026-11-25 \
    --format html --output "$tmp/$sample.forecast.html" > /dev/null || [ $? -eq 1 ]
  [ -s "$tmp/$sample.forecast.html" ] || { echo "the CLI wrote no HTML forecast of $sample"; exit 1; }
  mkdir -p "$tmp/profile-forecast-$sample"
  S3C_HTML_EXPECT=bands S3C_PLAYWRIGHT_PREFIX="$tmp/tools" node tests/html/check-html.mjs \
    "$tmp/$sample.forecast.html" "$tmp/$sample.forecast.png" "$tmp/profile-forecast-$sample"
done

if [ -n "${S3C_PRINT_PDF:-}" ]; then
  cp "$tmp/report.pdf" "$S3C_PRINT_PDF"
  echo "printed report copied to $S3C_PRINT_PDF"
fi

if [ -n "${S3C_SCREENSHOT:-}" ]; then
  cp "$tmp/report.png" "$S3C_SCREENSHOT"
  echo "screenshot copied to $S3C_SCREENSHOT"
fi
