#!/usr/bin/env bash
# Mutation testing with Stryker.NET (pinned in .config/dotnet-tools.json). Not part of CI: it is slow on 2 cores.
#
#   tests/mutation/run.sh FOLDER|FILE...     e.g. tests/mutation/run.sh Model Evaluation
#                                                 tests/mutation/run.sh Model/CountryCode.cs Model/NutsCode.cs
#
# FOLDER is a folder of src/S3Criteria, FILE a .cs file in one (a folder too large for one sitting can be measured in
# parts, at one commit, and the parts added up). Only the files given are mutated; the tests are those of
# tests/S3Criteria.Tests. Reports go to artifacts/mutation/<time>/ (git-ignored); the script ends with one line per
# argument, "Model: 91.2 % (killed K, survived S, no coverage N, timeout T)", and, for files, one per folder they
# are in. Environment: S3C_STRYKER_CONCURRENCY
# (default 2) and S3C_STRYKER_ARGS (extra Stryker options, e.g. "--mutation-level Basic"). The fuzz tests run 40
# cases instead of 400 (S3C_FUZZ_CASES, which the caller may set): with 400, Stryker's per-test coverage capture
# timed out on TryBuild_MutatedRuleFiles, and after that timeout every later test of that runner waited 10 s for its
# coverage and was marked "Dubious", i.e. run against every mutant (over 100 tests, 2026-12-02). stryker-config.json beside
# this script gives each mutant's test run 30 s beyond Stryker's own timeout, so that a mutant is not counted as a
# timeout (and so as detected) only because the machine was busy.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 FOLDER|FILE...   (folders of src/S3Criteria, e.g. Model Evaluation Waivers Diagnostics, or files such as Model/NutsCode.cs)" >&2
    exit 2
fi

root="$(cd "$(dirname "$0")/../.." && pwd)"
source_root="$root/src/S3Criteria"
mutate=()
for folder in "$@"; do
    folder="${folder%/}"
    if [ -f "$source_root/$folder" ] && [ "${folder%.cs}" != "$folder" ]; then
        mutate+=(--mutate "**/S3Criteria/$folder")
    elif [ -d "$source_root/$folder" ]; then
        mutate+=(--mutate "**/S3Criteria/$folder/**/*.cs")
    else
        echo "no such folder or .cs file: src/S3Criteria/$folder" >&2
        exit 2
    fi
done

output="$root/artifacts/mutation/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$output"
cd "$root"
dotnet tool restore > /dev/null

progress=Dots # one character per mutant, readable in a log
if [ -t 1 ]; then
    progress=Progress
fi

export S3C_FUZZ_CASES="${S3C_FUZZ_CASES:-40}"
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
# A file argument is also counted in its folder, so that parts of a folder can be added up.
keys = list(folders) + sorted({f.rsplit("/", 1)[0] for f in folders if f.endswith(".cs")} - set(folders))
counts = {key: {} for key in keys}
for name, file in report["files"].items():
    path = os.path.normpath(os.path.join(base, name))
    relative = os.path.relpath(path, source_root).replace(os.sep, "/")
    for key in keys:
        if relative == key or relative.startswith(key + "/"):
            for mutant in file["mutants"]:
                counts[key][mutant["status"]] = counts[key].get(mutant["status"], 0) + 1
for folder in keys:
    c = counts[folder]
    killed, survived = c.get("Killed", 0), c.get("Survived", 0)
    no_coverage, timeout = c.get("NoCoverage", 0), c.get("Timeout", 0)
    valid = killed + survived + no_coverage + timeout
    score = f"{100 * (killed + timeout) / valid:.1f} %" if valid else "n/a"
    print(f"{folder}: {score} (killed {killed}, survived {survived}, no coverage {no_coverage}, timeout {timeout})")
PY
