#!/usr/bin/env bash
# Builds docs/images/contact-sheet.png: a selection of the built-in templates (a row each; all of them are in
# docs/gallery.md) in every format (a column each), from the outputs of samples/render-all.sh or samples/gallery.sh.
# Needs ImageMagick (apt install imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out/samples}"
[[ -d "$out/pengumuman" ]] || samples/render-all.sh "$out"

tiles=()
for template in pengumuman dokumentasi ucapan hitung-mundur hoaks-fakta peringatan prestasi statistik; do
  for format in feed square story landscape; do
    tiles+=("$(ls "$out/$template"/*-"$format".png | head -1)")
  done
done

montage "${tiles[@]}" -tile 4x -geometry 300x300+14+14 -background '#F7F5EF' -depth 8 docs/images/contact-sheet.png
echo "Wrote docs/images/contact-sheet.png"
