#!/usr/bin/env bash
# Builds the README's library example ("Using the library") exactly as written, in an empty console project outside
# the repository that references only the ContentKit package from a folder, and runs it on samples/pengumuman.csv.
# Usage: build/library-example.sh PACKAGE_FOLDER   (a folder holding ContentKit.<version>.nupkg, from dotnet pack -o)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
packages="$(cd "${1:?usage: build/library-example.sh PACKAGE_FOLDER}" && pwd)"
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/Directory.Build.props")"
[[ -f "$packages/ContentKit.$version.nupkg" ]] || { echo "no ContentKit.$version.nupkg in $packages; run dotnet pack -o $packages first" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/contentkit-library-example.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir "$work/app" "$work/run"

# The package comes from the folder only; everything else from the usual sources, through the machine's package cache
# (a fallback folder), while ContentKit itself lands in a fresh one, so a stale copy of the same version is never used.
cat > "$work/app/nuget.config" <<XML
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <fallbackPackageFolders><add key="machine" value="${NUGET_PACKAGES:-$HOME/.nuget/packages}" /></fallbackPackageFolders>
  <packageSources><add key="contentkit" value="$packages" /></packageSources>
</configuration>
XML
cat > "$work/app/Example.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ContentKit" Version="$version" />
  </ItemGroup>
</Project>
XML
# The first csharp block of the README's "Using the library" section, unchanged.
awk '/^## Using the library/ {section=1; next} /^## / {section=0}
     section && /^```csharp/ && !done {code=1; next} code && /^```/ {code=0; done=1} code' "$repo/README.md" > "$work/app/Program.cs"
[[ -s "$work/app/Program.cs" ]] || { echo "no csharp block in the README's 'Using the library' section" >&2; exit 1; }

cp "$repo/samples/pengumuman.csv" "$work/run/"
cp -r "$repo/samples/foto" "$work/run/"
dotnet build "$work/app" -c Release -o "$work/bin" --nologo -v quiet
(cd "$work/run" && dotnet "$work/bin/Example.dll" pengumuman.csv)

# It exits 1 when a row failed; here the single image and the batch's report are checked too.
test -s "$work/run/rapat.png" || { echo "the example wrote no rapat.png" >&2; exit 1; }
test -s "$work/run/out/report.json" || { echo "the example's batch wrote no report.json" >&2; exit 1; }
pngs=$(find "$work/run/out" -name '*.png' | wc -l)
[[ "$pngs" -ge 2 ]] || { echo "the example's batch wrote $pngs PNGs" >&2; exit 1; }
echo "library example: rapat.png and $pngs batch PNGs from the ContentKit $version package"
