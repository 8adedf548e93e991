#!/usr/bin/env bash
# Renders every sample spreadsheet with its template in every format into out/samples/,
# then runs the library-usage sample. Usage: samples/render-all.sh [output folder]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out/samples}"

dotnet build src/ContentKit.Cli -nologo -v quiet
dotnet build samples/LibraryUsage -nologo -v quiet
contentkit() { dotnet src/ContentKit.Cli/bin/Debug/net10.0/ContentKit.Cli.dll "$@"; }

contentkit render --templates templates --data samples/pengumuman.csv --template pengumuman --format feed,square,story --out "$out/pengumuman"
contentkit render --templates templates --data samples/kutipan.csv --template kutipan --format feed,square,story --out "$out/kutipan"
dotnet samples/LibraryUsage/bin/Debug/net10.0/LibraryUsage.dll templates "$out/library-usage"
echo "Done: open $out"
