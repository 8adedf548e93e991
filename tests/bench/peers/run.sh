#!/usr/bin/env bash
# The same card, ROWS times, drawn by ContentKit, by satori + resvg and by Takumi, interleaved ROUNDS times.
#
#   tests/bench/peers/run.sh [ROWS] [ROUNDS]        defaults: 200 5
#   KEEP=1 tests/bench/peers/run.sh                 keep the temp folder (data and images) for a look
#
# The card is card.mjs for the two Node renderers and card/ (a ContentKit template) for ContentKit, same fonts
# (the bundled Plus Jakarta Sans), same 1080×1350 PNG, same rows (data.mjs). Each tool uses every core: satori runs
# one Node process per core, Takumi keeps one render per core in flight, ContentKit renders with --jobs = cores
# (its design check and report included, as a user gets them). Every round runs the three in a rotated order, so a
# machine that drifts over minutes slows all of them alike; the table shows each tool's best round, the CPU it used
# (user + system) and its ratio to ContentKit. Before timing anything it checks the three images of the first and
# last card have the same size and look alike (root-mean-square difference of greyscale thumbnails under 8%).
set -euo pipefail

rows=${1:-200}
rounds=${2:-5}
[[ $rows =~ ^[1-9][0-9]*$ && $rounds =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [ROWS] [ROUNDS]" >&2; exit 2; }
for tool in node npm dotnet compare identify; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install nodejs npm imagemagick; the .NET 10 SDK)" >&2; exit 2; }
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
cores=$(nproc)
work=$(mktemp -d "${TMPDIR:-/tmp}/contentkit-peers.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then echo "keeping $work"; else trap 'rm -rf "$work"' EXIT; fi

echo "installing satori, resvg and Takumi (npm ci)..."
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
echo "building src/ContentKit.Cli (Release)..."
dotnet build "$root/src/ContentKit.Cli" -c Release -nologo -v quiet -clp:ErrorsOnly >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
cli="$root/src/ContentKit.Cli/bin/Release/net10.0/ContentKit.Cli.dll"
node "$here/data.mjs" "$rows" "$work/cards.json"

render() {    # render TOOL OUT
    rm -rf "$2" && mkdir -p "$2"
    case $1 in
        contentkit)
            dotnet "$cli" render --template "$here/card" --data "$work/cards.json" --out "$2" --force --jobs "$cores" \
                >"$work/contentkit.log" 2>&1 || { cat "$work/contentkit.log" >&2; return 1; } ;;
        satori)
            local part
            for ((part = 0; part < cores; part++)); do node "$here/satori.mjs" "$work/cards.json" "$2" "$part" "$cores" & done
            wait ;;
        takumi)
            node "$here/takumi.mjs" "$work/cards.json" "$2" "$cores" ;;
    esac
    local made
    made=$(find "$2" -name '*.png' | wc -l)
    [[ $made -eq $rows ]] || { echo "$1 wrote $made PNGs, expected $rows" >&2; return 1; }
}

# --- the images look alike --------------------------------------------------------------------------------
tools=(contentkit satori takumi)
for tool in "${tools[@]}"; do render "$tool" "$work/$tool"; done
first_last() { find "$1" -name '*.png' | sort | sed -n '1p;$p'; }
mapfile -t reference < <(first_last "$work/contentkit")
for tool in satori takumi; do
    mapfile -t theirs < <(first_last "$work/$tool")
    for i in 0 1; do
        size_ours=$(identify -format '%wx%h' "${reference[$i]}")
        size_theirs=$(identify -format '%wx%h' "${theirs[$i]}")
        [[ $size_ours == "$size_theirs" ]] || { echo "$tool: ${theirs[$i]} is $size_theirs, ContentKit's $size_ours" >&2; exit 1; }
        # RMSE of 270×338 greyscale thumbnails, 0..1 (compare prints it in brackets and exits 1 when images differ).
        convert "${reference[$i]}" -colorspace Gray -resize '270x338!' "$work/ours.png"
        convert "${theirs[$i]}" -colorspace Gray -resize '270x338!' "$work/theirs.png"
        rmse=$(compare -metric RMSE "$work/ours.png" "$work/theirs.png" null: 2>&1 | sed -n 's/.*(\(.*\)).*/\1/p') || true
        awk -v r="$rmse" 'BEGIN { exit !(r != "" && r < 0.08) }' \
            || { echo "$tool: ${theirs[$i]##*/} differs from ContentKit's ${reference[$i]##*/} (RMSE '$rmse', at most 0.08)" >&2; exit 1; }
        echo "  $tool card $((i == 0 ? 1 : rows)): $size_theirs, RMSE $rmse against ContentKit"
    done
done

# --- timed, interleaved ------------------------------------------------------------------------------------
declare -A best_wall best_cpu
TIMEFORMAT='%R %U %S'
for ((round = 0; round < rounds; round++)); do
    for ((k = 0; k < ${#tools[@]}; k++)); do
        tool=${tools[(k + round) % ${#tools[@]}]}
        read -r wall user sys < <( { time render "$tool" "$work/$tool" 2>&1 >/dev/null; } 2>&1 | tail -1)
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
        printf '  round %d  %-10s %6.2f s wall  %6.2f s CPU\n' "$((round + 1))" "$tool" "$wall" "$cpu"
        if [[ -z ${best_wall[$tool]:-} ]] || awk -v a="$wall" -v b="${best_wall[$tool]}" 'BEGIN { exit !(a < b) }'; then
            best_wall[$tool]=$wall best_cpu[$tool]=$cpu
        fi
    done
done

echo
echo "$rows cards, $cores cores, best of $rounds interleaved rounds:"
printf '%-11s %9s %9s %9s %12s %14s %14s\n' tool wall CPU images/s "avg PNG KB" "wall ÷ ContentKit" "CPU ÷ ContentKit"
for tool in "${tools[@]}"; do
    kb=$(find "$work/$tool" -name '*.png' -printf '%s\n' | awk '{ s += $1; n++ } END { printf "%.1f", s / n / 1024 }')
    awk -v t="$tool" -v w="${best_wall[$tool]}" -v c="${best_cpu[$tool]}" -v n="$rows" -v kb="$kb" \
        -v w0="${best_wall[contentkit]}" -v c0="${best_cpu[contentkit]}" \
        'BEGIN { printf "%-11s %8.2fs %8.2fs %9.1f %12s %14.2f %14.2f\n", t, w, c, n / w, kb, w / w0, c / c0 }'
done
