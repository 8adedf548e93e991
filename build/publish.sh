#!/usr/bin/env bash
# Self-contained, single-file, ReadyToRun `contentkit` executables for people without the .NET SDK, with the built-in
# templates, brand kit, fonts, icons and music inside. Usage: build/publish.sh [RID...]  (default: every RID below)
# Writes dist/<rid>/contentkit (contentkit.exe on Windows). CONFIGURATION overrides the configuration (Release).
#
# The templates are content files, so the bundle carries them with IncludeAllContentForSelfExtract: on its first
# start the executable unpacks itself once into $DOTNET_BUNDLE_EXTRACT_BASE_DIR (default ~/.net on Linux and macOS,
# %TEMP%\.net on Windows), and every later start runs from there. Compression keeps the download small; it costs
# only that first start.
set -euo pipefail
cd "$(dirname "$0")/.."
rids=("$@")
[[ ${#rids[@]} -gt 0 ]] || rids=(linux-x64 win-x64 osx-arm64)
for rid in "${rids[@]}"; do
  out="dist/$rid"
  rm -rf "$out"
  dotnet publish src/ContentKit.Cli -c "${CONFIGURATION:-Release}" -r "$rid" --self-contained -o "$out" --nologo -v quiet \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=false -p:IncludeAllContentForSelfExtract=true \
    -p:EnableCompressionInSingleFile=true -p:DebugType=none -p:GenerateDocumentationFile=false
  exe=ContentKit.Cli; name=contentkit
  [[ "$rid" == win-* ]] && exe+=.exe && name+=.exe
  mv "$out/$exe" "$out/$name"
  # Nothing else belongs beside the executable.
  find "$out" -mindepth 1 ! -name "$name" -delete
  echo "$out/$name $(du -m "$out/$name" | cut -f1) MB"
done
