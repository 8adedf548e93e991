#!/usr/bin/env bash
# How close `contentkit render` of the 15-second sample video comes to the floor: ffmpeg alone encoding the
# same frames with the same x264 settings from a raw file already on disk (no painting, no pipe).
#
#   tests/bench/video-speed.sh [PRESET...]          default: veryfast medium
#   ROW=3 tests/bench/video-speed.sh               another sample row (2: a photo with a Ken Burns scene; 3: no photo)
#
# For each x264 preset it renders row ROW (default 2) of samples/reels-pengumuman.csv with reels-pengumuman (1080×1920,
# 30 fps, music, captions), decodes that MP4 back to raw RGBA (the frames ContentKit piped, up to compression noise), times
# ffmpeg encoding that file with the same options and the same music and audio filters (AudioMix's graph for a
# template with music and no voice-over), and prints both times, frames per second and the ratio. Each time is
# the best of RUNS runs (default 2), so a busy moment on the machine does not decide it.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
presets=("$@")
[[ ${#presets[@]} -gt 0 ]] || presets=(veryfast medium)
runs=${RUNS:-2}
row=${ROW:-2}

work=$(mktemp -d "${TMPDIR:-/tmp}/contentkit-video.XXXXXX")
trap 'rm -rf "$work"' EXIT

dotnet build src/ContentKit.Cli -c Debug -p:Optimize=true -o "$work/cli" -nologo -v quiet >/dev/null
cli=(dotnet "$work/cli/ContentKit.Cli.dll")

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
best() { local best=""; for _ in $(seq "$runs"); do local t; t=$(seconds "$@"); if [[ -z $best ]] || (( $(echo "$t < $best" | bc) )); then best=$t; fi; done; echo "$best"; }

audio="[1:a]atrim=0:15,asetpts=PTS-STARTPTS,volume=0.7,afade=t=in:st=0:d=0.3,afade=t=out:st=13.5:d=1.5[music];"
audio+="[music]loudnorm=I=-14:TP=-1.5:LRA=11,aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,apad,atrim=0:15[a]"

printf '%-9s %8s %8s %10s %10s %7s\n' preset frames render_s render_fps floor_s ratio
for preset in "${presets[@]}"; do
    out="$work/out-$preset"
    render=$(best "${cli[@]}" render -t reels-pengumuman --templates templates --data samples/reels-pengumuman.csv --rows "$row" \
        --encoder-preset "$preset" --force --json -o "$out")
    video=$(ls "$out"/*.mp4)
    frames=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "$video")
    ffmpeg -v error -y -i "$video" -f rawvideo -pix_fmt rgba "$work/frames.rgba"
    floor=$(best ffmpeg -v error -y -f rawvideo -pix_fmt rgba -s 1080x1920 -r 30 -i "$work/frames.rgba" \
        -stream_loop -1 -i templates/music/irama-blitar.ogg -filter_complex "$audio" -map 0:v -map "[a]" \
        -c:v libx264 -preset "$preset" -crf 20 -profile:v high -pix_fmt yuv420p -c:a aac -b:a 160k -ar 48000 -ac 2 \
        -t 15 -movflags +faststart -f mp4 "$work/floor.mp4")
    rm -f "$work/frames.rgba"
    printf '%-9s %8d %8.2f %10.1f %10.2f %7.2f\n' "$preset" "$frames" "$render" "$(echo "$frames / $render" | bc -l)" "$floor" "$(echo "$render / $floor" | bc -l)"
done
