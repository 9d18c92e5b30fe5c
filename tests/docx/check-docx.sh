#!/usr/bin/env bash
# Writes the Word self-assessment (--format self-assessment-docx) of two samples, converts each to PDF with headless
# LibreOffice Writer (Debian's `libreoffice-writer-nogui`), checks that the PDF has pages (pdfinfo, Debian's
# `poppler-utils`) and renders page 1 of each to PNG (pdftoppm) for a reader to look at.
# Run from anywhere; S3C_DOCX_OUT=DIR keeps the PDFs and PNGs there. Skips (exit 0) when soffice or pdfinfo is not
# installed; .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/s3c-docx.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
out=${S3C_DOCX_OUT:-$tmp/out}
mkdir -p "$out"

samples=(extremadura weak-draft)
echo "== the Word self-assessment of ${samples[*]}"
dotnet build src/S3Criteria.Cli -nologo -v quiet > "$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; echo "the CLI did not build"; exit 1; }
for sample in "${samples[@]}"; do
  dotnet run --project src/S3Criteria.Cli --no-build -- check "samples/strategies/$sample.yaml" --date 2026-11-25 \
    --fail-on none --format "self-assessment-docx=$tmp/$sample.docx"
done

soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ] || ! command -v pdfinfo > /dev/null 2>&1; then
  echo "LibreOffice or poppler-utils not installed: skipping the Word check"
  exit 0
fi

status=0
for sample in "${samples[@]}"; do
  echo "== headless LibreOffice: $sample.docx to PDF"
  # A profile of its own: no first-start wizard, no lock held by another LibreOffice.
  if ! timeout 300 "$soffice" -env:UserInstallation="file://$tmp/profile" --headless --norestore --nolockcheck \
      --convert-to pdf --outdir "$out" "$tmp/$sample.docx" > "$tmp/$sample.log" 2>&1; then
    cat "$tmp/$sample.log"; echo "LibreOffice failed on $sample.docx"; status=1; continue
  fi
  if grep -qiE 'error|exception' "$tmp/$sample.log"; then
    cat "$tmp/$sample.log"; echo "LibreOffice reported an error on $sample.docx"; status=1
  fi
  pages=$(pdfinfo "$out/$sample.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  size=$(pdfinfo "$out/$sample.pdf" 2>/dev/null | awk -F': *' '/^Page size:/ {print $2}')
  if [ -z "$pages" ] || [ "$pages" -lt 1 ]; then
    echo "the PDF of $sample.docx has no pages"; status=1; continue
  fi
  echo "$sample.pdf: $pages page(s), $size"
  case "$size" in
    *"(A4)"*) ;;
    *) echo "the pages of $sample.pdf are not A4"; status=1 ;;
  esac
  pdftoppm -f 1 -l 1 -r 80 -png "$out/$sample.pdf" "$out/$sample-page"
  ls "$out/$sample"-page*.png > /dev/null 2>&1 || { echo "no PNG of page 1 of $sample.pdf"; status=1; }
done

[ "$status" -eq 0 ] && echo "LibreOffice converted both self-assessments to PDF; page 1 of each rendered to PNG in $out"
exit "$status"
