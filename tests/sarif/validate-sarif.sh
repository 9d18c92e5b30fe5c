#!/usr/bin/env bash
# Validates the SARIF output of every sample with Microsoft's SARIF Multitool (the checker behind GitHub code
# scanning's SARIF rules): the SARIF 2.1.0 schema plus the SARIF best-practice rules, each log twice: with the
# Multitool's default rule kinds and with the GitHub and Azure DevOps ones (--rule-kind "Gh;Ado;Sarif").
#
#   bash tests/sarif/validate-sarif.sh
#
# Needs the CLI built (dotnet build S3Criteria.sln), Node.js and npm. Installs @microsoft/sarif-multitool@5.7.0 into a
# temporary folder, writes one SARIF log per sample (and one for all samples together) with
# `s3criteria check ... --format sarif`, adds the checked-in log of a failed load (tests/S3Criteria.Tests/Golden/
# failed-load.sarif, kept up to date by SarifHonestyTests), and runs `Sarif.Multitool validate` on each log.
# Exit code: 0 when no log has an error, 1 when one has, 2 when the tools cannot run.
# Warnings are listed; set SARIF_STRICT=1 to fail on them too.
set -uo pipefail
cd "$(dirname "$0")/../.."

MULTITOOL_VERSION=5.7.0
DATE=2026-11-25

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v npm > /dev/null; then
  echo "validate-sarif: npm is not installed" >&2
  exit 2
fi

echo "== installing @microsoft/sarif-multitool@${MULTITOOL_VERSION}"
if ! npm install --prefix "$work/npm" --no-audit --no-fund --loglevel=error "@microsoft/sarif-multitool@${MULTITOOL_VERSION}" > "$work/npm.log" 2>&1; then
  cat "$work/npm.log" >&2
  echo "validate-sarif: npm install failed" >&2
  exit 2
fi

multitool="$work/npm/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -f "$multitool" ]; then
  echo "validate-sarif: $multitool not found (the Multitool's npm package ships a Linux x64 binary only)" >&2
  exit 2
fi
# npm does not run the package's postinstall here, which would make the binary executable.
chmod u+x "$multitool"

check() { # check <output file> <documents...>
  local output=$1
  shift
  dotnet run --project src/S3Criteria.Cli --no-build -- check "$@" --date "$DATE" --format sarif --output "$output" --fail-on none > /dev/null
}

logs=()
for sample in samples/strategies/*.yaml samples/strategies/*.json; do
  [ -f "$sample" ] || continue
  name=$(basename "$sample")
  if ! check "$work/${name%.*}.sarif" "$sample"; then
    echo "validate-sarif: s3criteria check failed on $sample (is the CLI built? dotnet build S3Criteria.sln)" >&2
    exit 2
  fi
  logs+=("$work/${name%.*}.sarif")
done

if [ "${#logs[@]}" -eq 0 ]; then
  echo "validate-sarif: no sample in samples/strategies" >&2
  exit 2
fi

if ! check "$work/all-samples.sarif" samples/strategies; then
  echo "validate-sarif: s3criteria check failed on samples/strategies" >&2
  exit 2
fi
logs+=("$work/all-samples.sarif")
cp tests/S3Criteria.Tests/Golden/failed-load.sarif "$work/failed-load.sarif"
logs+=("$work/failed-load.sarif")

errors=0
warnings=0
runs=0
for rule_kinds in default "Gh;Ado;Sarif"; do
  for log in "${logs[@]}"; do
    name=$(basename "$log")
    tag=${rule_kinds//;/-}
    if [ "$rule_kinds" = default ]; then kinds=(); else kinds=(--rule-kind "$rule_kinds"); fi
    "$multitool" validate "$log" "${kinds[@]}" --output "$work/validation-$tag-$name" --log ForceOverwrite > "$work/validation-$tag-$name.txt" 2>&1
    status=$?
    # The Multitool exits 0 even when it reports problems: count the "file(line,col): error|warning CODE: ..." lines.
    log_errors=$(grep -cE ': error [A-Z]+[0-9]+' "$work/validation-$tag-$name.txt")
    log_warnings=$(grep -cE ': warning [A-Z]+[0-9]+' "$work/validation-$tag-$name.txt")
    if [ "$status" -ne 0 ] && [ "$log_errors" -eq 0 ]; then
      cat "$work/validation-$tag-$name.txt" >&2
      echo "validate-sarif: the Multitool failed on $name (exit code $status)" >&2
      exit 2
    fi

    grep -E ': (error|warning) [A-Z]+[0-9]+' "$work/validation-$tag-$name.txt" | sed "s|$work/||"
    echo "$name ($rule_kinds rules): $log_errors error(s), $log_warnings warning(s)"
    errors=$((errors + log_errors))
    warnings=$((warnings + log_warnings))
    runs=$((runs + 1))
  done
done

echo "SARIF Multitool ${MULTITOOL_VERSION}: ${#logs[@]} log(s), $runs validation(s), $errors error(s), $warnings warning(s)"
if [ "$errors" -ne 0 ]; then exit 1; fi
if [ "${SARIF_STRICT:-0}" = "1" ] && [ "$warnings" -ne 0 ]; then exit 1; fi
exit 0
