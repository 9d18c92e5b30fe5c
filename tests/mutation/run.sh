#!/usr/bin/env bash
# Mutation testing with Stryker.NET (pinned in .config/dotnet-tools.json). Not part of CI: it is slow on 2 cores.
#
#   tests/mutation/run.sh FOLDER...     e.g. tests/mutation/run.sh Model Evaluation
#
# FOLDER is a folder of src/S3Criteria. Only the files under the given folders are mutated; the tests are those of
# tests/S3Criteria.Tests. Reports go to artifacts/mutation/<time>/ (git-ignored); the script ends with one line per
# folder: "Model: 91.2 % (killed K, survived S, no coverage N, timeout T)". Environment: S3C_STRYKER_CONCURRENCY
# (default 2) and S3C_STRYKER_ARGS (extra Stryker options, e.g. "--mutation-level Basic"). stryker-config.json beside
# this script gives each mutant's test run 30 s beyond Stryker's own timeout, so that a mutant is not counted as a
# timeout (and so as detected) only because the machine was busy.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 FOLDER...   (folders of src/S3Criteria, e.g. Model Evaluation Waivers Diagnostics)" >&2
    exit 2
fi

root="$(cd "$(dirname "$0")/../.." && pwd)"
source_root="$root/src/S3Criteria"
mutate=()
for folder in "$@"; do
    folder="${folder%/}"
    if [ ! -d "$source_root/$folder" ]; then
        echo "no such folder: src/S3Criteria/$folder" >&2
        exit 2
    fi
    mutate+=(--mutate "**/S3Criteria/$folder/**/*.cs")
done

output="$root/artifacts/mutation/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$output"
cd "$root"
dotnet tool restore > /dev/null

progress=Dots # one character per mutant, readable in a log
if [ -t 1 ]; then
    progress=Progress
fi

started=$(date +%s)
cd "$root/tests/S3Criteria.Tests"
# shellcheck disable=SC2086 # S3C_STRYKER_ARGS is a list of options.
dotnet stryker \
    --test-runner mtp \
    --project S3Criteria.csproj \
    --concurrency "${S3C_STRYKER_CONCURRENCY:-2}" \
    --reporter "$progress" --reporter Html --reporter Json \
    --output "$output" \
    --skip-version-check \
    --config-file "$root/tests/mutation/stryker-config.json" \
    "${mutate[@]}" ${S3C_STRYKER_ARGS:-} | tee "$output/stryker.log"
elapsed=$(( $(date +%s) - started ))

report="$output/reports/mutation-report.json"
if [ ! -f "$report" ]; then
    echo "Stryker wrote no JSON report (see $output/stryker.log)" >&2
    exit 1
fi

echo
echo "Report: ${report#"$root"/} (and mutation-report.html); took $((elapsed / 60)) min $((elapsed % 60)) s"
python3 - "$report" "$source_root" "$@" <<'PY'
import json, os, sys

report_path, source_root, folders = sys.argv[1], sys.argv[2], [f.rstrip("/") for f in sys.argv[3:]]
with open(report_path, encoding="utf-8") as stream:
    report = json.load(stream)
base = report.get("projectRoot") or ""
counts = {folder: {} for folder in folders}
for name, file in report["files"].items():
    path = os.path.normpath(os.path.join(base, name))
    relative = os.path.relpath(path, source_root).replace(os.sep, "/")
    folder = next((f for f in folders if relative.startswith(f + "/")), None)
    if folder is None:
        continue
    for mutant in file["mutants"]:
        counts[folder][mutant["status"]] = counts[folder].get(mutant["status"], 0) + 1
for folder in folders:
    c = counts[folder]
    killed, survived = c.get("Killed", 0), c.get("Survived", 0)
    no_coverage, timeout = c.get("NoCoverage", 0), c.get("Timeout", 0)
    valid = killed + survived + no_coverage + timeout
    score = f"{100 * (killed + timeout) / valid:.1f} %" if valid else "n/a"
    print(f"{folder}: {score} (killed {killed}, survived {survived}, no coverage {no_coverage}, timeout {timeout})")
PY
