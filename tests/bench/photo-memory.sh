#!/usr/bin/env bash
# Peak memory of `contentkit render` over N pengumuman rows, each with its own 12-megapixel JPEG photo.
#
#   tests/bench/photo-memory.sh [N]          default 1000 (the target: peak RSS under 500 MB)
#   KEEP=1 tests/bench/photo-memory.sh 50    keep the temp folder (photos, data and posters) for a look
#
# The photos are 4000×3000 JPEGs, no two files alike (see below); the data repeats the first row of samples/pengumuman.csv with its own
# title and photo. The CLI is built in Release and timed with GNU time (/usr/bin/time -v). Prints peak RSS and
# wall time, and fails unless report.json says every row rendered.
set -euo pipefail

rows=${1:-1000}
if ! [[ $rows =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [N]   (N a positive whole number; got '$rows')" >&2
    exit 2
fi
command -v ffmpeg > /dev/null || { echo "ffmpeg is needed to make the photos (apt-get install ffmpeg)" >&2; exit 2; }
command -v python3 > /dev/null || { echo "python3 is needed to make the photos (apt-get install python3)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "GNU time is needed at /usr/bin/time (apt-get install time)" >&2; exit 2; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
work=$(mktemp -d "${TMPDIR:-/tmp}/contentkit-photo-memory.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then
    echo "keeping $work"
else
    trap 'rm -rf "$work"' EXIT
fi

# ffmpeg makes up to 40 different pictures (frames of its testsrc2 pattern: about 3 s each on a busy two-core
# machine); photo i is picture i mod 40 with "foto i" written in a JPEG comment, so every file differs and
# each is decoded on its own (the photo cache holds decoded pictures by file, so it has to evict).
pictures=$(( rows < 40 ? rows : 40 ))
echo "making $rows photos of 4000×3000 ($pictures pictures with ffmpeg)..."
mkdir "$work/foto" "$work/pictures"
ffmpeg -v error -f lavfi -i "testsrc2=size=4000x3000:rate=25" -frames:v "$pictures" -q:v 4 "$work/pictures/%02d.jpg"
python3 - "$work" "$rows" "$pictures" <<'PY'
import struct, sys
work, rows, pictures = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for i in range(1, rows + 1):
    picture = open(f"{work}/pictures/{(i - 1) % pictures + 1:02d}.jpg", "rb").read()
    comment = f"foto {i}".encode()
    # A COM segment (FF FE, length) right after the start-of-image marker.
    open(f"{work}/foto/{i:05d}.jpg", "wb").write(picture[:2] + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + picture[2:])
PY
rm -r "$work/pictures"

# The first sample row (its header and ';' delimiter), once per photo, each with its own title and photo.
data="$work/pengumuman.csv"
awk -v rows="$rows" 'BEGIN { FS = ";"; OFS = ";"; RS = "\r\n"; ORS = "\r\n" }
    NR == 1 { sub(/^\xef\xbb\xbf/, ""); print; next }
    NR == 2 { n = split($0, cells, ";") }
    END {
        for (i = 1; i <= rows; i++) {
            cells[1] = "Pengumuman nomor " i
            cells[n - 2] = sprintf("foto/%05d.jpg", i)   # foto, counted from the end: the quoted isi holds a ";"
            line = cells[1]
            for (c = 2; c <= n; c++) line = line OFS cells[c]
            print line
        }
    }' samples/pengumuman.csv > "$data"

echo "building src/ContentKit.Cli (Release)..."
dotnet build src/ContentKit.Cli -c Release -nologo -v quiet -clp:ErrorsOnly > "$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
cli="$root/src/ContentKit.Cli/bin/Release/net10.0/ContentKit.Cli.dll"

out="$work/out"
echo "rendering $rows rows on $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg))..."
status=0
/usr/bin/time -v -o "$work/time.txt" dotnet "$cli" render --templates templates --data "$data" --template pengumuman --out "$out" \
    > "$work/render.log" 2>&1 || status=$?

peak_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/time.txt")
ok=$(grep -c '"status": "ok"' "$out/report.json" 2> /dev/null || true)
echo "photos           $rows distinct, 4000×3000 JPEG ($(du -sh "$work/foto" | cut -f1))"
echo "peak RSS         $((peak_kb / 1024)) MiB"
echo "wall time        $wall"
echo "report.json      ${ok:-0} of $rows rows ok; exit code $status"
if [[ $status -ne 0 || ${ok:-0} -ne $rows ]]; then
    echo "FAILED: expected exit code 0 and $rows rows ok. Last lines of the CLI's output:" >&2
    tail -20 "$work/render.log" >&2
    exit 1
fi
