#!/usr/bin/env bash
# How close `contentkit render` of the 15-second sample video comes to the floor: ffmpeg alone encoding the
# same frames with the same command from a raw file already on disk (no painting, no pipe).
#
#   tests/bench/video-speed.sh [PRESET...]          default: veryfast medium
#   ROW=3 tests/bench/video-speed.sh               another sample row (2: a photo with a Ken Burns scene; 3: no photo)
#   RGBA=0 tests/bench/video-speed.sh              without the RGBA floor (a third less time)
#   CONTENTKIT=dist/linux-x64/contentkit tests/bench/video-speed.sh   the published executable (build/publish.sh)
#                                                  instead of the Release build run by `dotnet`
#
# First the render runs once with a stand-in for ffmpeg (--ffmpeg) that keeps what ContentKit hands ffmpeg: the
# frames exactly as piped (raw YUV 4:2:0) and the whole command. Then, for each x264 preset, it times
#   render      contentkit render of row ROW of samples/reels-pengumuman.csv with reels-pengumuman (1080×1920,
#               30 fps, music, captions), start to finish;
#   floor       that same ffmpeg command with the pipe replaced by the raw file of the same frames;
#   floor_rgba  the same again from the frames as RGBA (as Skia paints them), so ffmpeg also converts them.
# and prints the times, frames per second and the ratios. Each time is the best of RUNS runs (default 5), the sides
# taken in turn, so that a busy moment on the machine neither decides a time nor favours one side. The load average
# before and after is printed too: on a shared machine the ratios mean little without it.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
presets=("$@")
[[ ${#presets[@]} -gt 0 ]] || presets=(veryfast medium)
runs=${RUNS:-5}
with_rgba=${RGBA:-1}
row=${ROW:-2}

work=$(mktemp -d "${TMPDIR:-/tmp}/contentkit-video.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [[ -n ${CONTENTKIT:-} ]]; then
    contentkit=("$(realpath "$CONTENTKIT")")
else
    dotnet build src/ContentKit.Cli -c Release -nologo -v quiet >/dev/null
    contentkit=(dotnet src/ContentKit.Cli/bin/Release/net10.0/ContentKit.Cli.dll)
fi
render() { "${contentkit[@]}" render -t reels-pengumuman --templates templates --data samples/reels-pengumuman.csv --rows "$row" --force --json "$@"; }

mkdir "$work/capture"
cat >"$work/capture/ffmpeg" <<EOF
#!/usr/bin/env bash
[[ \$1 == -version ]] && exec ffmpeg "\$@"
printf '%s\0' "\$@" >"$work/command"
input=()
while [[ \$# -gt 0 ]]; do input+=("\$1"); [[ \$1 == -i ]] && { input+=("\$2"); break; }; shift; done
exec ffmpeg "\${input[@]}" -map 0:v -c copy -f rawvideo -y "$work/frames.yuv"
EOF
chmod +x "$work/capture/ffmpeg"
# ContentKit reports this row as failed (the stand-in writes no MP4); the frames and the command are what is wanted.
render -o "$work/captured" --ffmpeg "$work/capture/ffmpeg" >/dev/null 2>&1 || true
mapfile -d '' command <"$work/command"
size=$(printf '%s\n' "${command[@]}" | grep -m1 -x '[0-9]*x[0-9]*')
if ((with_rgba)); then
    ffmpeg -v error -f rawvideo -pix_fmt yuv420p -s "$size" -i "$work/frames.yuv" -vf scale=in_color_matrix=bt709 -pix_fmt rgba -f rawvideo -y "$work/frames.rgba"
fi

# The captured command with the pipe replaced by FILE in PIXEL_FORMAT and the output by floor.mp4.
floor() {
    local file=$1 format=$2 preset=$3 replayed=() input=0 previous=""
    for arg in "${command[@]}"; do
        if ((input == 0)) && [[ $previous == -pix_fmt ]]; then arg=$format; fi
        if ((input == 0)) && [[ $previous == -i ]]; then arg=$file; input=1; fi
        if [[ $previous == -preset ]]; then arg=$preset; fi
        if [[ $arg == *.ck-tmp ]]; then arg=$work/floor.mp4; fi
        replayed+=("$arg")
        previous=$arg
    done
    ffmpeg "${replayed[@]}"
}

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc; }
least() { if [[ -z $1 ]] || (($(echo "$2 < $1" | bc))); then echo "$2"; else echo "$1"; fi; }

frames=$(($(stat -c %s "$work/frames.yuv") / ($(echo "$size" | tr x '*') * 3 / 2)))
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores: above 2 the machine is shared)"
printf '%-9s %7s %9s %7s %8s %6s %11s %11s\n' preset frames render_s fps floor_s ratio floor_rgba_s ratio_rgba
for preset in "${presets[@]}"; do
    rendered="" yuv="" rgba=""
    for _ in $(seq "$runs"); do
        rendered=$(least "$rendered" "$(seconds render -o "$work/out-$preset" --encoder-preset "$preset")")
        yuv=$(least "$yuv" "$(seconds floor "$work/frames.yuv" yuv420p "$preset")")
        if ((with_rgba)); then rgba=$(least "$rgba" "$(seconds floor "$work/frames.rgba" rgba "$preset")"); fi
    done
    compgen -G "$work/out-$preset/*.mp4" >/dev/null && [[ -s $work/floor.mp4 ]] || { echo "a render or a floor run failed" >&2; exit 1; }
    printf '%-9s %7d %9.2f %7.1f %8.2f %6.2f %11.2f %11.2f\n' "$preset" "$frames" "$rendered" "$(echo "$frames / $rendered" | bc -l)" \
        "$yuv" "$(echo "$rendered / $yuv" | bc -l)" "${rgba:-0}" "$( ((with_rgba)) && echo "$rendered / $rgba" | bc -l || echo 0)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
