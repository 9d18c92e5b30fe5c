#!/usr/bin/env bash
# Whole-process cold start of the CLI against a do-nothing .NET console app.
#
# Packs the CLI (`dotnet pack -c Release`, the package users get) and installs it with `dotnet tool install
# --tool-path` from that local pack into a temporary directory, so the tool is timed as shipped, through the shim
# `dotnet tool install` writes; builds a do-nothing console app (a two-line project written here) in Release; runs each
# once to warm the file cache, then RUNS times each, alternating CLI / do-nothing, timing every
# process from fork to exit with `date +%s%N`. Prints both medians and their ratio; the goal of issue 7 is a ratio of
# at most 4.
#
#   tests/S3Criteria.Benchmarks/cold-start.sh             # 7 runs each
#   RUNS=11 tests/S3Criteria.Benchmarks/cold-start.sh
#   CLI_DIR=/path/to/built/cli tests/S3Criteria.Benchmarks/cold-start.sh   # time a CLI built another way (e.g. ReadyToRun)
#   PACK_DIR=/path/to/nupkgs tests/S3Criteria.Benchmarks/cold-start.sh     # install from packages packed elsewhere
#
# The CLI runs `s3criteria check samples/strategies/extremadura.yaml --date 2026-11-25` with the built-in rules and
# the console report thrown away; its exit code is 0 or 1 (findings), anything else stops the script.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ -z "${CLI_DIR:-}" ]; then
  pack="${PACK_DIR:-$work/pack}"
  if [ -z "${PACK_DIR:-}" ]; then
    echo "== pack the CLI (Release)"
    dotnet pack "$root/src/S3Criteria.Cli/S3Criteria.Cli.csproj" -c Release -o "$pack" --nologo -v quiet > "$work/pack.log" || { cat "$work/pack.log"; exit 1; }
  fi
  nupkg=$(ls "$pack"/S3Criteria.Cli.*.nupkg | grep -v '\.symbols\.' | head -n 1)
  version=$(basename "$nupkg" .nupkg)
  version=${version#S3Criteria.Cli.}
  echo "== dotnet tool install S3Criteria.Cli $version from the local pack"
  dotnet tool install S3Criteria.Cli --version "$version" --tool-path "$work/tool" --add-source "$pack" --ignore-failed-sources > "$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
  CLI_DIR="$work/tool"
fi

echo "== build the do-nothing console app (Release)"
mkdir -p "$work/noop"
cat > "$work/noop/Noop.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
</Project>
XML
echo 'return 0;' > "$work/noop/Program.cs"
dotnet build "$work/noop/Noop.csproj" -c Release -o "$work/noop/out" --nologo -v quiet > "$work/noop.log" || { cat "$work/noop.log"; exit 1; }

# The apphost is named after the assembly (S3Criteria.Cli); an installed tool is named s3criteria.
exe="$CLI_DIR/S3Criteria.Cli"
[ -x "$exe" ] || exe="$CLI_DIR/s3criteria"
cli=("$exe" check "$root/samples/strategies/extremadura.yaml" --date 2026-11-25)
noop=("$work/noop/out/Noop")

# Runs a command once, prints its wall time in milliseconds (three decimals).
time_ms() {
  local start end status
  start=$(date +%s%N)
  set +e
  "$@" > /dev/null 2>&1
  status=$?
  set -e
  end=$(date +%s%N)
  if [ "$status" -gt 1 ]; then
    echo "'$*' exited with $status" >&2
    exit 1
  fi
  awk -v ns=$((end - start)) 'BEGIN { printf "%.3f\n", ns / 1e6 }'
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "== warm-up (not counted)"
time_ms "${cli[@]}" > /dev/null
time_ms "${noop[@]}" > /dev/null

echo "== $runs runs each, alternating"
: > "$work/cli.ms"
: > "$work/noop.ms"
for i in $(seq 1 "$runs"); do
  a=$(time_ms "${cli[@]}")
  b=$(time_ms "${noop[@]}")
  echo "$a" >> "$work/cli.ms"
  echo "$b" >> "$work/noop.ms"
  printf 'run %2d: cli %9.1f ms   do-nothing %7.1f ms\n' "$i" "$a" "$b"
done

cli_median=$(median < "$work/cli.ms")
noop_median=$(median < "$work/noop.ms")
echo "== medians"
printf 'cli check (built-in rules, extremadura.yaml): %.1f ms\n' "$cli_median"
printf 'do-nothing console app:                       %.1f ms\n' "$noop_median"
awk -v a="$cli_median" -v b="$noop_median" 'BEGIN { printf "ratio: %.2fx (goal: at most 4x)\n", a / b }'
