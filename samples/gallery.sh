#!/usr/bin/env bash
# Builds docs/gallery.md: every built-in image template's sample in each of its formats, one small JPEG per template
# and format under docs/images/gallery/, then regenerates the README's contact sheet (samples/contact-sheet.sh).
# Needs jq and ImageMagick. Usage: samples/gallery.sh [output folder for the full-size renders]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out/gallery}"
images=docs/images/gallery
# A countdown counts from today: the gallery fixes the day, so running it again gives the same pictures.
today=2026-08-10

dotnet build src/ContentKit.Cli -c Release -nologo -v quiet
contentkit() { dotnet src/ContentKit.Cli/bin/Release/net10.0/ContentKit.Cli.dll "$@"; }

rm -rf "$images"
mkdir -p "$images"
page=docs/gallery.md
{
  echo "# Gallery"
  echo
  echo "Every built-in image template renders its sample (the first output of its sample spreadsheet) in each of its"
  echo "formats. Made by \`samples/gallery.sh\`: do not edit by hand; run the script again after changing a template."
  echo "The images are small JPEGs; render a template yourself for the full-size PNG."
} > "$page"

for manifest in templates/*/template.json; do
  [[ "$(jq -r '.kind' "$manifest")" == image ]] || continue
  folder=$(dirname "$manifest")
  id=$(jq -r '.id' "$manifest")
  sample=$(jq -r '.sample // empty' "$manifest")
  [[ -n "$sample" ]] || { echo "$id has no sample; left out" >&2; continue; }
  formats=$(jq -r '[.formats[].name] | join(",")' "$manifest")
  set_today=()
  if jq -e '.values | has("hari_ini")' "$manifest" >/dev/null 2>&1; then set_today=(--set "hari_ini=$today"); fi

  rm -rf "${out:?}/$id"
  contentkit render --templates templates --data "$folder/$sample" --template "$id" --format "$formats" \
    "${set_today[@]}" --out "$out/$id" >/dev/null

  {
    echo
    echo "## $(jq -r '.title' "$manifest") (\`$id\`)"
    echo
    echo "$(jq -r '.description' "$manifest")"
    echo
  } >> "$page"
  cells=""
  for format in ${formats//,/ }; do
    # The first output of the sample in this format: the file names end in -<format>.png (carousels in -<format>-1.png).
    first=$(ls "$out/$id"/*-"$format".png "$out/$id"/*-"$format"-1.png 2>/dev/null | sort | head -1 || true)
    [[ -n "$first" ]] || { echo "$id: no $format output" >&2; exit 1; }
    convert "$first" -resize 480x -strip -quality 80 -sampling-factor 4:2:0 "$images/$id-$format.jpg"
    cells+="![$id, $format](images/gallery/$id-$format.jpg) "
  done
  echo "$cells" >> "$page"
done

echo "Wrote $page and $(ls "$images" | wc -l) images ($(du -sh "$images" | cut -f1)) in $images"
samples/contact-sheet.sh "$out"
