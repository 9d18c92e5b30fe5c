#!/usr/bin/env bash
# Writes the strategy workbook template (s3criteria init --format xlsx) and a sample converted to a workbook
# (s3criteria convert), opens each in headless LibreOffice Calc (Debian's `libreoffice-calc-nogui`) and converts
# every sheet to CSV; fails when LibreOffice reports an error or a sheet's CSV is missing or empty.
# Run from anywhere. Skips (exit 0) when soffice is not installed; .ci/run installs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/s3c-xlsx.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "== the template and a sample as workbooks"
dotnet build src/S3Criteria.Cli -nologo -v quiet > "$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; echo "the CLI did not build"; exit 1; }
dotnet run --project src/S3Criteria.Cli --no-build -- init --format xlsx "$tmp/template.xlsx"
dotnet run --project src/S3Criteria.Cli --no-build -- convert samples/strategies/exemplary.yaml "$tmp/exemplary.xlsx"

soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "LibreOffice not installed: skipping the workbook check"
  exit 0
fi

# The sheets every workbook the tool writes has, in order; LibreOffice writes one CSV per sheet (-1 in the filter
# options, LibreOffice 7.2 and later), named <file>-<sheet>.csv.
sheets=("Read me" "Strategy" "Priorities" "Partnerships" "Partners" "Stakeholders" "Indicators" "Actions" "Evidence")
status=0
for book in template exemplary; do
  echo "== headless LibreOffice: $book.xlsx to CSV"
  mkdir -p "$tmp/$book"
  # A profile of its own: no first-start wizard, no lock held by another LibreOffice.
  if ! timeout 300 "$soffice" -env:UserInstallation="file://$tmp/profile" --headless --norestore --nolockcheck \
      --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
      --outdir "$tmp/$book" "$tmp/$book.xlsx" > "$tmp/$book.log" 2>&1; then
    cat "$tmp/$book.log"; echo "LibreOffice failed on $book.xlsx"; status=1; continue
  fi
  if grep -qiE 'error|exception' "$tmp/$book.log"; then
    cat "$tmp/$book.log"; echo "LibreOffice reported an error on $book.xlsx"; status=1
  fi
  for sheet in "${sheets[@]}"; do
    csv="$tmp/$book/$book-$sheet.csv"
    if [ ! -s "$csv" ]; then
      ls "$tmp/$book"; echo "no CSV of the sheet '$sheet' of $book.xlsx"; status=1
    fi
  done
  # The header row survives: the Partnerships sheet starts with its field names.
  head -1 "$tmp/$book/$book-Partnerships.csv" | grep -q '^id,title,instrument' \
    || { head -1 "$tmp/$book/$book-Partnerships.csv"; echo "the Partnerships header of $book.xlsx did not survive"; status=1; }
done

[ "$status" -eq 0 ] && echo "LibreOffice opened both workbooks and converted every sheet to CSV"
exit "$status"
