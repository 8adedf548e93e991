#!/usr/bin/env bash
# Builds docs/images/contact-sheet.png: every built-in template (a row each) in every format (a column each),
# from the outputs of samples/render-all.sh. Needs ImageMagick (apt install imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out/samples}"
[[ -d "$out/pengumuman" ]] || samples/render-all.sh "$out"

tiles=()
for template in pengumuman kutipan statistik angka-kunci agenda layanan ucapan; do
  for format in feed square story landscape; do
    tiles+=("$(ls "$out/$template"/*-"$format".png | head -1)")
  done
done

montage "${tiles[@]}" -tile 4x -geometry 300x300+14+14 -background '#F7F5EF' docs/images/contact-sheet.png
echo "Wrote docs/images/contact-sheet.png"
