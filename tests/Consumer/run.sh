#!/usr/bin/env bash
# The consumer test: packs the S3Criteria packages into a local folder feed, then, outside the repository,
# builds and runs the README's quick start against them (embedded rules included) and installs and runs the
# s3criteria tool from the feed. It proves the packages work as shipped. .ci/run runs it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-consumer.$(date +%s)"
sample="$root/samples/strategies/extremadura.yaml"

echo "== pack $version"
dotnet pack "$root/S3Criteria.sln" -o "$work/feed" -p:Version="$version" --nologo -v quiet > "$work/pack.log" || { cat "$work/pack.log"; exit 1; }
ls "$work/feed"

echo "== quick start against the packages"
mkdir -p "$work/app"
cp "$root/samples/S3Criteria.Samples.Quickstart/Program.cs" "$work/app/Program.cs"
cat > "$work/app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="S3Criteria" Version="$version" />
    <PackageReference Include="S3Criteria.DependencyInjection" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="s3criteria-local" value="$work/feed" />
  </packageSources>
</configuration>
XML
output=$(cd "$work/app" && dotnet run -- "$sample")
echo "$output" | head -5
echo "$output" | grep -q "^Enabling condition 1.1: " || { echo "the quick start printed no verdict"; exit 1; }
echo "$output" | grep -q "^C7-" || { echo "the quick start found no criterion-7 finding: are the built-in rules embedded?"; exit 1; }

echo "== dotnet tool install from the feed"
dotnet tool install S3Criteria.Cli --tool-path "$work/tools" --add-source "$work/feed" --version "$version" > /dev/null
set +e
"$work/tools/s3criteria" check "$sample" --date 2026-11-25 > "$work/tool.txt"
code=$?
set -e
head -3 "$work/tool.txt"
[ "$code" -eq 0 ] || { echo "s3criteria check exited $code, expected 0 (the Extremadura sample fulfils every criterion, with improvements)"; exit 1; }
grep -q "EC1.1-C7" "$work/tool.txt" || { echo "the tool's report lacks criterion 7"; exit 1; }
"$work/tools/s3criteria" --help | grep -q "Exit codes" || { echo "--help does not document exit codes"; exit 1; }
echo "consumer test passed"
