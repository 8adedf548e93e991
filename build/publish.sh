#!/usr/bin/env bash
# Self-contained, single-file, ReadyToRun `contentkit` executables for people without the .NET SDK, with the built-in
# templates, brand kit, fonts, icons and music inside. Usage: build/publish.sh [RID...]  (default: every RID below)
# Writes dist/<rid>/contentkit (contentkit.exe on Windows). CONFIGURATION overrides the configuration (Release).
#
# The templates are content files, so the bundle carries them with IncludeAllContentForSelfExtract: on its first
# start the executable unpacks itself once into $DOTNET_BUNDLE_EXTRACT_BASE_DIR (default ~/.net on Linux and macOS,
# %TEMP%\.net on Windows), and every later start runs from there. Compression keeps the download small; it costs
# only that first start.
#
# ReadyToRun is composite: the .NET libraries and the application compiled together into one native image, one
# version bubble. Compiled one assembly at a time, code that instantiates another assembly's generics over its own
# or primitive types (List<Scriban.Token>, System.Text.Json's metadata over int and DateTime, System.CommandLine's
# Option<int?>) cannot be precompiled and is compiled at every start: 2,500 methods for one PNG, against about 550
# composite. It costs publish time (about 2.5 min of CPU per RID instead of 40 s) and 7 MB of download.
set -euo pipefail
cd "$(dirname "$0")/.."
rids=("$@")
[[ ${#rids[@]} -gt 0 ]] || rids=(linux-x64 win-x64 osx-arm64)
for rid in "${rids[@]}"; do
  out="dist/$rid"
  rm -rf "$out"
  dotnet publish src/ContentKit.Cli -c "${CONFIGURATION:-Release}" -r "$rid" --self-contained -o "$out" --nologo -v quiet \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -p:IncludeAllContentForSelfExtract=true \
    -p:EnableCompressionInSingleFile=true -p:DebugType=none -p:GenerateDocumentationFile=false
  exe=ContentKit.Cli; name=contentkit
  [[ "$rid" == win-* ]] && exe+=.exe && name+=.exe
  mv "$out/$exe" "$out/$name"
  # Nothing else belongs beside the executable.
  find "$out" -mindepth 1 ! -name "$name" -delete
  echo "$out/$name $(du -m "$out/$name" | cut -f1) MB"
done
