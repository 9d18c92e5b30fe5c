#!/usr/bin/env bash
# The consumer test: follows the README literally, as a new user would, in a temporary copy of the repository.
# It runs the README's shell blocks marked <!-- readme:sh:pack -->, <!-- readme:sh:config -->, <!-- readme:sh:app -->
# and <!-- readme:sh:run --> as written (pack into artifacts/packages, install the tool globally and check a sample,
# check the samples as a .s3criteria.yaml configures it, make a console app beside the clone fed from the local
# folder, run it), pastes the quick start, and builds and runs the dependency-injection
# sample against the packed packages. Any step that fails fails the test. .ci/run runs it.
#
# It leaves the machine as it found it: the global tool goes to a temporary DOTNET_CLI_HOME, and the only entries it
# removes from the NuGet cache are this repository's own packages (NuGet keeps the first package of a version it has
# seen, so a stale S3Criteria 0.1.0 from an earlier run would otherwise be tested instead of this checkout's).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

packages_cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
rm -rf "$packages_cache/s3criteria" "$packages_cache/s3criteria.cli" "$packages_cache/s3criteria.dependencyinjection"
export DOTNET_CLI_HOME="$work/home" DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PATH="$DOTNET_CLI_HOME/.dotnet/tools:$PATH"
mkdir -p "$DOTNET_CLI_HOME"

# A clone as the user has it: the tracked files, with this working tree's contents.
clone="$work/s3criteria"
mkdir -p "$clone"
git -C "$root" ls-files -z | (cd "$root" && tar --null -T - -cf -) | tar -C "$clone" -xf -

# Prints the commands of the README block marked <!-- readme:sh:NAME -->.
block() {
    python3 - "$root/README.md" "$1" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
match = re.search(r"<!-- readme:sh:%s -->\n```sh\n(.*?)```" % re.escape(sys.argv[2]), text, re.S)
if not match:
    sys.exit("README.md has no block marked readme:sh:" + sys.argv[2])
print(match.group(1), end="")
PY
}

# Runs one README block in the clone, echoing each command; the first command that fails stops the test.
run_block() {
    local name=$1 script
    script=$(block "$name")
    echo "== README block '$name'"
    (cd "$clone" && bash -euo pipefail -x -c "$script") > "$work/$name.log" 2>&1 || {
        cat "$work/$name.log"
        echo "consumer test: the README block '$name' failed as written"
        exit 1
    }
    grep '^+ ' "$work/$name.log" || true
}

run_block pack
grep -q "^Enabling condition 1.1: " "$work/pack.log" || { cat "$work/pack.log"; echo "s3criteria check printed no verdict"; exit 1; }
grep -q "EC1.1-C7" "$work/pack.log" || { echo "the tool's report lacks criterion 7: are the built-in rules embedded?"; exit 1; }
s3criteria --help | grep -q "Exit codes" || { echo "--help does not document exit codes"; exit 1; }

run_block config
grep -q "^Enabling condition 1.1: " "$work/config.log" || { cat "$work/config.log"; echo "the check driven by .s3criteria.yaml printed no verdict"; exit 1; }
if grep -q "  ok C" "$work/config.log"; then cat "$work/config.log"; echo "the configuration's 'quiet: true' was not applied"; exit 1; fi
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); assert len(r) == 8 and all(x['provenance']['evaluationDate'] == '2026-11-25' for x in r), 'reports.json: expected 8 reports as of 2026-11-25'" "$clone/artifacts/reports.json" \
    || { echo "the configuration's formats, exclude or date were not applied"; exit 1; }
rm "$clone/.s3criteria.yaml"

run_block app
python3 - "$root/README.md" "$work/MyCheck/Program.cs" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
match = re.search(r"<!-- quickstart:start[^\n]*-->\n```csharp\n(.*?)```\n<!-- quickstart:end -->", text, re.S)
if not match:
    sys.exit("README.md has no quick start between its markers")
open(sys.argv[2], "w", encoding="utf-8").write(match.group(1))
PY

run_block run
head -3 "$work/run.log" | grep -v '^+ ' || true
grep -q "^Enabling condition 1.1: fulfilled$" "$work/run.log" || { cat "$work/run.log"; echo "the quick start did not print the verdict the README shows"; exit 1; }
grep -q "^C7-" "$work/run.log" || { echo "the quick start found no criterion-7 finding: are the built-in rules embedded?"; exit 1; }

echo "== the dependency-injection sample (it holds the README's snippet verbatim) against the packages"
host="$work/MyHost"
mkdir -p "$host"
cp "$root/samples/S3Criteria.Samples.DependencyInjection/Program.cs" "$host/Program.cs"
cp "$work/MyCheck/nuget.config" "$host/nuget.config"
version=$(sed -n 's/.*<VersionPrefix>\(.*\)<\/VersionPrefix>.*/\1/p' "$root/Directory.Build.props")
hosting_version=$(sed -n 's/.*"Microsoft.Extensions.Hosting" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")
cat > "$host/MyHost.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="S3Criteria.DependencyInjection" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="$hosting_version" />
  </ItemGroup>
</Project>
XML
output=$(cd "$clone" && dotnet run --project "$host" -- samples/strategies/extremadura.yaml 2>&1) || { echo "$output"; echo "the dependency-injection sample failed"; exit 1; }
echo "$output" | grep -v "^info:\|^      " | head -3
echo "$output" | grep -q "^Smart specialisation strategy of Extremadura.*: fulfilled$" || { echo "the dependency-injection sample printed no verdict"; exit 1; }
echo "consumer test passed"
