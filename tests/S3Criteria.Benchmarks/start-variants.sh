#!/usr/bin/env bash
# Whole-process start of the CLI in three builds, against a do-nothing console app, and whether each gives the same
# results: the measurement behind "CLI start" in this folder's README (issue 14).
#
#   jit  dotnet publish -c Release                                   (framework-dependent, JIT: what ships)
#   r2r  dotnet publish -c Release -r linux-x64 -p:PublishReadyToRun=true --self-contained false
#   aot  dotnet publish -c Release -r linux-x64 -p:PublishAot=true -p:TrimMode=partial
#        (trim and AOT warnings allowed; the roots of aot/roots.xml, which the CLI's project adds under PublishAot)
#
# Each apphost is run directly (no dotnet-tool shim), as is the do-nothing app's. For each build: median wall time
# of RUNS runs (default 7) of `--version` (start of the host and the command line), `rules list` (+ reading and
# type-checking the built-in rules) and `check` of one sample (+ compiling and evaluating the rules, writing the
# console report); then `test rules/tests` (the 167 cases of the built-in rules' tests) and the JSON reports of every
# sample compared with the jit build's. Native AOT needs clang and zlib1g-dev (apt-get install clang zlib1g-dev);
# without clang the aot build is skipped. linux-x64 only. Run from the repository root (global.json). Each build gets
# its own artifacts folder, so the repository's bin/ and obj/ are not touched. Takes about 5 minutes on 2 cores.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
cli="$root/src/S3Criteria.Cli/S3Criteria.Cli.csproj"

publish() { # name, options...
  local name=$1; shift
  echo "== publish $name"
  dotnet publish "$cli" -c Release -o "$work/$name" --artifacts-path "$work/artifacts-$name" --nologo -v quiet "$@" > "$work/$name.log" 2>&1 \
    || { tail -20 "$work/$name.log"; echo "the $name build failed"; return 1; }
}

median() { # label, command...
  local label=$1; shift
  "$@" > /dev/null 2>&1
  local code=$?
  # 0 or 1 (findings) is a run that worked; anything else (a crash, 126/127: no such program) would time a failure.
  if [ "$code" -gt 1 ]; then echo "$label: exit code $code: not timed"; return 1; fi
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N); "$@" > /dev/null 2>&1; code=$?; end=$(date +%s%N)
    if [ "$code" -gt 1 ]; then echo "$label: exit code $code: not timed"; return 1; fi
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%-28s median %5d ms  (%s)\n' "$label" "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "${times[*]}"
}

mkdir -p "$work/noop"
printf '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n' > "$work/noop/Noop.csproj"
echo 'return 0;' > "$work/noop/Program.cs"
dotnet publish "$work/noop/Noop.csproj" -c Release -o "$work/noop/out" --nologo -v quiet > /dev/null || exit 1

[ "$(uname -m)" = x86_64 ] || { echo "linux-x64 only (this machine: $(uname -m))"; exit 1; }
builds=()
publish jit || exit 1
builds+=(jit)
publish r2r -r linux-x64 --self-contained false -p:PublishReadyToRun=true && builds+=(r2r)
if command -v clang > /dev/null; then
  publish aot -r linux-x64 -p:PublishAot=true -p:TreatWarningsAsErrors=false -p:MSBuildTreatWarningsAsErrors=false -p:TrimMode=partial && builds+=(aot)
else
  echo "== clang not installed: no aot build"
fi

cd "$root"
sample=samples/strategies/extremadura.yaml
echo "== start, $runs runs each (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
median "do-nothing app" "$work/noop/out/Noop"
for build in "${builds[@]}"; do
  exe="$work/$build/S3Criteria.Cli"
  median "$build --version" "$exe" --version
  median "$build rules list" "$exe" rules list
  median "$build check (one sample)" "$exe" check "$sample" --date 2026-11-25
done

echo "== same results as the jit build?"
for build in "${builds[@]}"; do
  exe="$work/$build/S3Criteria.Cli"
  "$exe" test rules/tests > "$work/$build.tests" 2>&1
  printf '%s: rule tests: %s' "$build" "$(tail -n 1 "$work/$build.tests")"
  differ=0
  for file in samples/strategies/*.yaml; do
    "$exe" check "$file" --date 2026-11-25 --format json > "$work/$build.$(basename "$file").json" 2> /dev/null
    cmp -s "$work/$build.$(basename "$file").json" "$work/jit.$(basename "$file").json" || differ=$((differ + 1))
  done
  echo "; JSON reports that differ from jit's: $differ of $(ls samples/strategies/*.yaml | wc -l)"
  echo "  failing cases: $(grep -c '^FAIL' "$work/$build.tests")"
  grep --no-group-separator -A1 '^FAIL' "$work/$build.tests" | cut -c1-220
done
