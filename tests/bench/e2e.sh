#!/usr/bin/env bash
# End-to-end speed of `contentkit render`: a spreadsheet of ROWS pengumuman rows, one process, cold start.
#
#   tests/bench/e2e.sh [ROWS] [FORMAT] [TYPE]      defaults: 200 feed png
#   KEEP=1 tests/bench/e2e.sh                      keep the temp folder (data and images) for a look
#   GNU_TIME=/path/to/time tests/bench/e2e.sh      GNU time elsewhere; without it peak RSS is polled from /proc
#
# The data cycles the rows of samples/pengumuman.csv (same ';' delimiter, BOM and CRLF rows; the title gets the
# row number so every file name differs) with samples/foto copied beside it so the photo paths resolve.
# The CLI is built once in Release. Prints wall time, images per second and peak RSS, and fails unless
# report.json says every row rendered and that many files were written.
set -euo pipefail

rows=${1:-200}
format=${2:-feed}
type=${3:-png}
if ! [[ $rows =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [ROWS] [FORMAT] [TYPE]   (ROWS a positive whole number; got '$rows')" >&2
    exit 2
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

work=$(mktemp -d "${TMPDIR:-/tmp}/contentkit-e2e.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then
    echo "keeping $work"
else
    trap 'rm -rf "$work"' EXIT
fi

# --- data: ROWS records cycled from the sample ------------------------------------------------------------
# Records end in CRLF; line breaks inside quoted cells are bare LF, so CRLF splits records exactly.
data="$work/pengumuman.csv"
cp -r samples/foto "$work/foto"
awk -v rows="$rows" 'BEGIN { RS = "\r\n"; ORS = "\r\n" }
    NR == 1 { print; next }                       # the header, BOM included
    length($0) > 0 { sample[n++] = $0 }
    END {
        for (i = 0; i < rows; i++) {
            record = sample[i % n]
            # The title is the first cell; keep a leading quote in place if it has one.
            split(record, cells, ";")
            title = cells[1]
            tagged = title ~ /^"/ ? substr(title, 1, length(title) - 1) " #" (i + 1) "\"" : title " #" (i + 1)
            print tagged substr(record, length(title) + 1)
        }
    }' samples/pengumuman.csv > "$data"

# --- build once ---------------------------------------------------------------------------------------------
echo "building src/ContentKit.Cli (Release)..."
dotnet build src/ContentKit.Cli -c Release -nologo -v quiet -clp:ErrorsOnly > "$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
cli="$root/src/ContentKit.Cli/bin/Release/net10.0/ContentKit.Cli.dll"
[[ -f $cli ]] || { echo "the build did not produce $cli" >&2; exit 1; }

# --- render, timed ------------------------------------------------------------------------------------------
out="$work/out"
log="$work/render.log"
cmd=(dotnet "$cli" render --templates templates --data "$data" --template pengumuman --format "$format" --type "$type" --out "$out")
echo "rendering $rows rows as $format/$type on $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg))..."

start=$(date +%s%N)
status=0
gnu_time=${GNU_TIME:-/usr/bin/time}
if [[ -x $gnu_time ]]; then
    "$gnu_time" -v -o "$work/time.txt" "${cmd[@]}" > "$log" 2>&1 || status=$?
    end=$(date +%s%N)
    peak_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
    cpu=$(awk -F': ' '/Percent of CPU this job got/ { print $2 }' "$work/time.txt")
else
    # No GNU time (apt-get install time): poll the process's high-water mark until it exits.
    "${cmd[@]}" > "$log" 2>&1 &
    pid=$!
    peak_kb=0
    while kill -0 "$pid" 2> /dev/null; do
        hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2> /dev/null || true)
        [[ -n $hwm && $hwm -gt $peak_kb ]] && peak_kb=$hwm
        sleep 0.05
    done
    wait "$pid" || status=$?
    end=$(date +%s%N)
    cpu="n/a (no GNU time at $gnu_time)"
fi

# --- results ------------------------------------------------------------------------------------------------
wall_ms=$(( (end - start) / 1000000 ))
ext=$type; [[ $ext == jpeg ]] && ext=jpg
files=$( (find "$out" -maxdepth 1 -type f -name "*.$ext" 2> /dev/null || true) | wc -l)
ok=$(grep -c '"status": "ok"' "$out/report.json" 2> /dev/null || true)
failed=$(grep -c '"status": "failed"' "$out/report.json" 2> /dev/null || true)
ok=${ok:-0} failed=${failed:-0}
# The CLI's summary ends "… files in FOLDER (12.3 s)."; Spectre may wrap it, so join the lines first.
inside=$(tr '\n' ' ' < "$log" | grep -o '([0-9.,]* s)' | tail -1 || true)
size_kb=$( (du -sk --exclude=report.json "$out" 2> /dev/null || echo 0) | cut -f1)

awk -v ms="$wall_ms" -v n="$files" -v kb="$peak_kb" -v cpu="$cpu" -v inside="$inside" -v size="$size_kb" 'BEGIN {
    printf "wall time        %.2f s (process start to exit; the CLI itself reports %s)\n", ms / 1000, inside == "" ? "nothing" : inside
    printf "images/second    %.1f\n", n / (ms / 1000)
    printf "peak RSS         %.0f MiB\n", kb / 1024
    printf "CPU              %s\n", cpu
    printf "files written    %d (%.1f MiB, %.0f KiB each)\n", n, size / 1024, n ? size / n : 0
}'
echo "report.json      $ok ok, $failed failed; exit code $status"

if [[ $status -ne 0 || $ok -ne $rows || $files -ne $rows ]]; then
    echo "FAILED: expected exit code 0, $rows rows ok and $rows .$ext files. Last lines of the CLI's output:" >&2
    tail -20 "$log" >&2
    exit 1
fi
