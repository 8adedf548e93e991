#!/usr/bin/env bash
# Renders every sample spreadsheet with its template in every screen format into out/samples/<template>/, the print
# templates as A4 and A3 PDFs into out/samples/<template>-cetak/, the sample videos,
# then runs the library-usage sample. Usage: samples/render-all.sh [output folder]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out/samples}"

dotnet build src/ContentKit.Cli -c Release -nologo -v quiet
dotnet build samples/LibraryUsage -c Release -nologo -v quiet
contentkit() { dotnet src/ContentKit.Cli/bin/Release/net10.0/ContentKit.Cli.dll "$@"; }

while read -r template data; do
  contentkit render --templates templates --data "samples/$data" --template "$template" \
    --format feed,square,story,landscape --out "$out/$template"
done <<'LIST'
pengumuman pengumuman.csv
kutipan kutipan.csv
statistik statistik-penduduk.csv
angka-kunci angka-kunci.csv
agenda agenda.csv
layanan layanan-ktp.csv
ucapan ucapan.csv
peringatan peringatan.csv
lowongan lowongan.csv
hoaks-fakta hoaks-fakta.csv
duka-cita duka-cita.csv
prestasi prestasi.csv
dokumentasi dokumentasi.csv
harga-pangan harga-pangan.csv
jam-layanan jam-layanan.csv
hitung-mundur hitung-mundur.csv
capaian capaian.csv
LIST

# The agenda again as a unit of the city would post it (--unit): its own name, logo, website and handle over the brand kit.
contentkit render --templates templates --data samples/agenda.csv --template agenda --format feed,square,story,landscape \
  --unit samples/unit/kecamatan-sukorejo --out "$out/unit-kecamatan-sukorejo"

# Carousels of the announcements (one per row) and of the KTP service (the whole table): numbered slides NAME-1.png … NAME-N.png.
for pair in pengumuman:pengumuman.csv layanan:layanan-ktp.csv; do
  contentkit render --templates templates --data "samples/${pair#*:}" --template "${pair%%:*}" \
    --format carousel --out "$out/${pair%%:*}-carousel"
done

# Print: A4 and A3 PDFs of the templates laid out for paper, each format's pages also in one file for a notice board.
for pair in pengumuman:pengumuman.csv agenda:agenda.csv layanan:layanan-ktp.csv jam-layanan:jam-layanan.csv; do
  contentkit render --templates templates --data "samples/${pair#*:}" --template "${pair%%:*}" \
    --format a4,a3 --type pdf --pdf-combine --out "$out/${pair%%:*}-cetak"
done

# Videos (ffmpeg on PATH): Reels of the announcements, the statistics table and the activity photos, each with a poster PNG.
contentkit render --templates templates --data samples/reels-pengumuman.csv --template reels-pengumuman --out "$out/reels-pengumuman"
contentkit render --templates templates --data samples/statistik-penduduk.csv --template reels-statistik --out "$out/reels-statistik"
contentkit render --templates templates --data samples/reels-dokumentasi.csv --template reels-dokumentasi --format reels,whatsapp --out "$out/reels-dokumentasi"
# An image template as a video (--type mp4): the announcement's design, its sections settling in turn, then a slow drift.
contentkit render --templates templates --data samples/pengumuman.csv --template pengumuman --format story --type mp4 --rows 2 --out "$out/pengumuman-video"

dotnet samples/LibraryUsage/bin/Release/net10.0/LibraryUsage.dll templates "$out/library-usage"
echo "Done: open $out"
