#!/usr/bin/env bash
# make-loop.sh - synthesises ContentKit's background-music loops from scratch.
#
#   irama-blitar.ogg  120 BPM, 8 bars of 4/4 = 16.000 s, D major, D-A-Bm-G (I-V-vi-IV):
#                     soft pad, plucked arpeggio melody, gentle bass, light kick/hat/shaker.
#   irama-tenang.ogg   80 BPM, 8 bars of 4/4 = 24.000 s, F major, F-C-Dm-Bb (I-V-vi-IV):
#                     slow pad, piano-like plucks, soft bass; no drums.
#
# Every sound is generated here with SoX's `synth` (no samples, no third-party audio).
# SoX runs with -R (repeatable mode), so its seeded noise is the same on every run;
# ffmpeg is used only to measure loudness (EBU R128) and to encode Ogg Vorbis in
# bit-exact mode. Rerunning gives the same bytes with the same SoX/ffmpeg/libvorbis.
#
# How the loops stay seamless: each part is rendered as one loop-long strip, the
# strips are tiled four times, mixed and run through reverb/echo, and the third copy
# [2L, 3L) is kept. That copy starts with the tails (reverb, echoes, ringing notes)
# left by the copy before it, and it ends exactly where an identical copy would
# begin, so the end joins the beginning without a click. Anything time-varying must
# repeat with the loop too: the chorus LFO rates are chosen so that a whole number
# of LFO cycles fits in one loop (e.g. 0.25 Hz and 0.375 Hz in 16 s).
#
# Usage: ./make-loop.sh            (needs: bash, sox, ffmpeg with libvorbis, awk)
#        KEEP_WAV=1 ./make-loop.sh (also keeps the final float WAVs next to the .ogg files)
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "$0")" && pwd)
SR=48000
TARGET_LUFS=-18.0
MAX_TRUE_PEAK=-1.5      # dBTP; the brief asks for peaks below -1 dBFS, this leaves margin

for tool in sox ffmpeg awk; do
  command -v "$tool" >/dev/null || { echo "make-loop.sh: '$tool' not found" >&2; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/make-loop.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

MONO=(-r "$SR" -c 1 -e floating-point -b 32)
STEREO=(-r "$SR" -c 2 -e floating-point -b 32)
sx() { sox -R -V1 "$@"; }              # -R: repeatable (seeded) noise; -V1: errors only

# ---------------------------------------------------------------------------
# Instruments. Each writes a mono float WAV of exactly $seg samples: the note
# ($d samples of sound whose envelope ends at silence) followed by silence.
#   args: out seg d midi vel
# `%n` is SoX's "n semitones from A440" notation.
# ---------------------------------------------------------------------------
st() { echo "%$(( $1 - 69 ))"; }                      # MIDI note -> SoX semitone spec
cents() { awk -v m="$1" -v c="$2" 'BEGIN{printf "%%%.4f", m - 69 + c / 100}'; }
tail_pad() { (( $1 > $2 )) && echo "pad 0 $(( $1 - $2 ))s" || true; }   # seg d

inst_pluck() {  # bright-ish plucked string + sine body, quick exponential decay
  local out=$1 seg=$2 d=$3 m=$4 v=$5
  # shellcheck disable=SC2046
  sx -r $SR -c 3 -n "${MONO[@]}" "$out" \
     synth "${d}s" pluck "$(st "$m")" 0 0 45 15 85 sine "$(st "$m")" sine "$(st $((m + 12)))" \
     remix 1v0.45,2v0.55,3v0.08 highpass 150 lowpass 3200 lowpass 5000 \
     fade h 0.003 fade l 0 "${d}s" "$(( d - 144 ))s" vol "$v" $(tail_pad "$seg" "$d")
}

inst_piano() {  # piano-like: bright fast-decaying string layer + slow-decaying sine body
  local out=$1 seg=$2 d=$3 m=$4 v=$5 d1
  d1=$(( d < 48000 ? d : 48000 ))
  sx -r $SR -c 2 -n "${MONO[@]}" "$WORK/pa.wav" \
     synth "${d1}s" pluck "$(st "$m")" 0 0 60 10 80 sine "$(st $((m + 12)))" \
     remix 1v0.7,2v0.1 highpass 120 lowpass 2600 fade h 0.004 fade l 0 "${d1}s" "$(( d1 - 96 ))s" \
     pad 0 "$(( d - d1 ))s"
  sx -r $SR -c 3 -n "${MONO[@]}" "$WORK/pb.wav" \
     synth "${d}s" sine "$(st "$m")" sine "$(st $((m + 12)))" triangle "$(st "$m")" \
     remix 1v0.6,2v0.12,3v0.15 lowpass 1800 fade h 0.006 fade l 0 "${d}s" "$(( d - 96 ))s"
  # shellcheck disable=SC2046
  sx -m -v 0.9 "$WORK/pa.wav" -v 1.0 "$WORK/pb.wav" "${MONO[@]}" "$out" vol "$v" $(tail_pad "$seg" "$d")
}

pad_voices() {  # two slightly detuned saws + one triangle per chord note
  local notes=$1 spec=() n=0 m
  for m in ${notes//,/ }; do
    spec+=(sawtooth "$(cents "$m" -7)" sawtooth "$(cents "$m" 6)" triangle "$(st "$m")")
    n=$(( n + 3 ))
  done
  echo "$n ${spec[*]}"
}

inst_pad() {  # warm saw pad: low-passed, slow attack, gentle release (main loop)
  local out=$1 seg=$2 d=$3 notes=$4 v=$5 n spec
  read -r n spec <<<"$(pad_voices "$notes")"
  # shellcheck disable=SC2046,SC2086
  sx -r $SR -c "$n" -n "${MONO[@]}" "$out" synth "${d}s" $spec remix - \
     lowpass 1100 lowpass 1600 highpass 110 \
     fade q 0.35 "${d}s" 0.6 vol "$v" $(tail_pad "$seg" "$d")
}

inst_pad_soft() {  # darker, slower pad (calm loop)
  local out=$1 seg=$2 d=$3 notes=$4 v=$5 n spec
  read -r n spec <<<"$(pad_voices "$notes")"
  # shellcheck disable=SC2046,SC2086
  sx -r $SR -c "$n" -n "${MONO[@]}" "$out" synth "${d}s" $spec remix - \
     lowpass 750 lowpass 1100 highpass 90 \
     fade q 1.2 "${d}s" 1.6 vol "$v" $(tail_pad "$seg" "$d")
}

inst_bass() {  # round sine bass with a touch of triangle and octave for small speakers
  local out=$1 seg=$2 d=$3 m=$4 v=$5
  # shellcheck disable=SC2046
  sx -r $SR -c 3 -n "${MONO[@]}" "$out" \
     synth "${d}s" sine "$(st "$m")" triangle "$(st "$m")" sine "$(st $((m + 12)))" \
     remix 1v0.7,2v0.25,3v0.15 lowpass 700 fade h 0.008 "${d}s" 0.09 vol "$v" $(tail_pad "$seg" "$d")
}

inst_bass_soft() {  # long, swelling sine bass (calm loop)
  local out=$1 seg=$2 d=$3 m=$4 v=$5
  # shellcheck disable=SC2046
  sx -r $SR -c 2 -n "${MONO[@]}" "$out" \
     synth "${d}s" sine "$(st "$m")" sine "$(st $((m + 12)))" \
     remix 1v0.8,2v0.2 lowpass 500 fade q 0.5 "${d}s" 1.2 vol "$v" $(tail_pad "$seg" "$d")
}

inst_kick() {  # soft sine-sweep kick, no click
  local out=$1 seg=$2 d=$3 v=$5 k=$(( 48000 * 30 / 100 ))
  (( d < k )) || d=$k
  # shellcheck disable=SC2046
  sx -n "${MONO[@]}" "$out" synth "${d}s" sine 115/44 \
     lowpass 900 fade h 0.002 fade l 0 "${d}s" "$(( d - 96 ))s" vol "$v" $(tail_pad "$seg" "$d")
}

inst_hat() {  # short high-passed (seeded) noise tick
  local out=$1 seg=$2 d=$3 v=$5 k=$(( 48000 * 6 / 100 ))
  (( d < k )) || d=$k
  # shellcheck disable=SC2046
  sx -n "${MONO[@]}" "$out" synth "${d}s" whitenoise \
     highpass 6500 highpass 6500 lowpass 12000 fade h 0.001 fade l 0 "${d}s" "$(( d - 48 ))s" \
     vol "$v" $(tail_pad "$seg" "$d")
}

inst_shaker() {  # softer, band-limited (seeded) noise with a slower attack
  local out=$1 seg=$2 d=$3 v=$5 k=$(( 48000 * 9 / 100 ))
  (( d < k )) || d=$k
  # shellcheck disable=SC2046
  sx -n "${MONO[@]}" "$out" synth "${d}s" pinknoise \
     highpass 4000 highpass 4000 lowpass 9000 fade q 0.015 "${d}s" "$(( d - 720 ))s" \
     vol "$v" $(tail_pad "$seg" "$d")
}

# ---------------------------------------------------------------------------
# Sequencer.
#   render_part NAME INSTR GRID_SAMPLES LOOP_STEPS NATURAL_SAMPLES EVENT...
# EVENT = "start:dur:note:vel" on the grid (note may be a comma list for chords).
# Consecutive events of one part must not overlap in time (use several parts,
# e.g. round-robin voices, for notes that ring into each other). A note sounds for
# min(NATURAL or dur*grid, time to the next event of the same part).
# The strip starts at the first event and wraps round the loop; it is then tiled
# 4x and shifted by the first event's start, giving $WORK/NAME.wav (4 loops long).
# ---------------------------------------------------------------------------
LOOP=0
render_part() {
  local name=$1 inst=$2 grid=$3 steps=$4 natural=$5; shift 5
  local -a ev=("$@") files=()
  local count=${#ev[@]} i s du nt vl ns seg d key f first
  (( count > 0 )) || return 0
  first=${ev[0]%%:*}
  for (( i = 0; i < count; i++ )); do
    IFS=: read -r s du nt vl <<<"${ev[i]}"
    if (( i + 1 < count )); then ns=${ev[i+1]%%:*}; else ns=$(( first + steps )); fi
    seg=$(( (ns - s) * grid ))
    if (( natural > 0 )); then d=$natural; else d=$(( du * grid )); fi
    (( d <= seg )) || d=$seg
    key="$inst-$seg-$d-${nt//,/_}-$vl"
    f="$WORK/note-$key.wav"
    [[ -f $f ]] || "$inst" "$f" "$seg" "$d" "$nt" "$vl"
    files+=("$f")
  done
  sx "${files[@]}" "${MONO[@]}" "$WORK/$name.strip.wav"
  sx "$WORK/$name.strip.wav" "$WORK/$name.strip.wav" "$WORK/$name.strip.wav" "$WORK/$name.strip.wav" \
     "${MONO[@]}" "$WORK/$name.wav" pad "$(( first * grid ))s" trim 0 "$(( 4 * LOOP ))s"
}

# Split a list of events round-robin over N parts: roundrobin NAME INST GRID STEPS NATURAL N EVENT...
roundrobin() {
  local name=$1 inst=$2 grid=$3 steps=$4 natural=$5 n=$6; shift 6
  local -a all=("$@") sub
  local v i
  for (( v = 0; v < n; v++ )); do
    sub=()
    for (( i = v; i < ${#all[@]}; i += n )); do sub+=("${all[i]}"); done
    render_part "$name$v" "$inst" "$grid" "$steps" "$natural" "${sub[@]}"
  done
}

# Sum mono parts at unity gain (plain `sox -m` would scale each input by 1/n).
summono() {  # out in... [-- effects...]
  local out=$1; shift
  local -a args=()
  while (( $# )) && [[ $1 != -- ]]; do args+=(-v 1 "$1"); shift; done
  (( $# )) && shift
  sx -m "${args[@]}" "${MONO[@]}" "$out" "$@"
}

# Mono part -> stereo with equal-power pan (-1 left .. +1 right) and gain.
to_stereo() {  # in out pan gain
  local l r
  read -r l r < <(awk -v p="$3" -v g="$4" 'BEGIN{a=(p+1)*atan2(1,1); printf "%.6f %.6f\n", g*cos(a), g*sin(a)}')
  sx "$1" "${STEREO[@]}" "$2" remix "1v$l" "1v$r"
}

# Measure integrated loudness (LUFS) and true peak (dBTP) with ffmpeg's ebur128.
measure() {  # file -> "I TP"
  ffmpeg -nostdin -hide_banner -nostats -i "$1" -af ebur128=peak=true -f null - 2>&1 |
    awk '/Integrated loudness:/{s=1} s&&/ I:/{i=$2} /True peak:/{t=1} t&&/Peak:/{p=$2} END{print i, p}'
}

# Normalise a loop to TARGET_LUFS (measured on three back-to-back copies, as it is
# heard when looping), check the peak, and encode it.
finish() {  # raw.wav name
  local raw=$1 name=$2 I TP gain
  sx "$raw" "$raw" "$raw" "$WORK/x3.wav"
  read -r I TP < <(measure "$WORK/x3.wav")
  gain=$(awk -v i="$I" -v t="$TARGET_LUFS" 'BEGIN{printf "%.2f", t - i}')
  sx "$raw" "${STEREO[@]}" "$WORK/$name.wav" vol "${gain}dB"
  sx "$WORK/$name.wav" "$WORK/$name.wav" "$WORK/$name.wav" "$WORK/x3.wav"
  read -r I TP < <(measure "$WORK/x3.wav")
  if awk -v t="$TP" -v m="$MAX_TRUE_PEAK" 'BEGIN{exit !(t > m)}'; then
    echo "make-loop.sh: $name true peak $TP dBTP exceeds $MAX_TRUE_PEAK; lower the drum levels" >&2
    exit 1
  fi
  ffmpeg -nostdin -hide_banner -loglevel error -y -i "$WORK/$name.wav" \
    -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
    -c:a libvorbis -q:a 5 -ar "$SR" -ac 2 "$HERE/$name.ogg"
  [[ -z ${KEEP_WAV:-} ]] || cp "$WORK/$name.wav" "$HERE/$name.wav"
  printf '%s.ogg: %s samples, %s LUFS, true peak %s dBTP (gain %s dB)\n' \
    "$name" "$(soxi -s "$WORK/$name.wav")" "$I" "$TP" "$gain"
}

# Mix stereo parts (file:gain ...), add a reverb send (file:send ...), master,
# and keep the third loop copy.
mixdown() {  # out "dry parts" "reverb sends" reverb-args...
  local out=$1 dry=$2 sends=$3; shift 3
  local -a args=() rargs=()
  local p
  for p in $dry; do args+=(-v "${p#*:}" "$WORK/${p%%:*}.st.wav"); done
  for p in $sends; do rargs+=(-v "${p#*:}" "$WORK/${p%%:*}.st.wav"); done
  sx -m "${rargs[@]}" "${STEREO[@]}" "$WORK/revbus.wav" reverb -w "$@" trim 0 "$(( 4 * LOOP ))s"
  sx -m "${args[@]}" -v 1 "$WORK/revbus.wav" "${STEREO[@]}" "$WORK/mix4.wav" highpass 28
  sx "$WORK/mix4.wav" "${STEREO[@]}" "$out" trim "$(( 2 * LOOP ))s" "${LOOP}s"
}

# Echo of a stereo part: delayed copy, darker, gain and pan swapped.
echo_of() {  # in out delay_samples gain
  sx "$WORK/$1.st.wav" "${STEREO[@]}" "$WORK/$2.st.wav" \
     remix 2 1 lowpass 2500 highpass 300 vol "$4" pad "$3s" trim 0 "$(( 4 * LOOP ))s"
}

# ===========================================================================
# 1) irama-blitar: 120 BPM, 16th = 6000 samples, 8 bars = 128 steps = 768000 samples.
#    Written in C major (C-G-Am-F) and transposed up 2 semitones to D major.
# ===========================================================================
make_blitar() {
  local G=6000 STEPS=128 T=2
  LOOP=$(( G * STEPS ))
  rm -f "$WORK"/*.wav
  local -a chords=(C G Am F C G Am F)
  declare -A PAD=([C]="55,60,64,67" [G]="55,59,62,67" [Am]="57,60,64,69" [F]="57,60,65,69")
  declare -A ROOT=([C]=36 [G]=43 [Am]=45 [F]=41)
  # plucked arpeggio melody, eighth notes; the 5th note of each bar carries the tune
  local -a ARP=(
    "60 67 72 67 76 67 72 74"  "59 67 71 67 74 67 71 67"
    "60 64 69 64 72 64 69 71"  "60 65 69 65 72 65 69 67"
    "60 67 72 67 79 67 76 74"  "59 67 71 67 79 74 71 74"
    "60 64 69 64 76 72 69 71"  "60 65 69 72 77 76 72 67" )
  local -a ACC=(0.95 0.55 0.75 0.6 0.9 0.55 0.75 0.62)
  local -a padA=() padB=() arp=() bass=() kick=() hat=() shk=()
  local b i n c notes
  local -a KV=(1.0 0.62 0.85 0.62) SHV=(0.5 0.3 0.7 0.35)
  for (( b = 0; b < 8; b++ )); do
    c=${chords[b]}
    notes=""
    for n in ${PAD[$c]//,/ }; do notes+="${notes:+,}$(( n + T ))"; done
    if (( b % 2 == 0 )); then padA+=("$(( b * 16 )):16:$notes:0.9"); else padB+=("$(( b * 16 )):16:$notes:0.9"); fi
    i=0
    for n in ${ARP[b]}; do
      arp+=("$(( b * 16 + i * 2 )):2:$(( n + T )):${ACC[i]}"); i=$(( i + 1 ))
    done
    n=$(( ROOT[$c] + T ))
    bass+=("$(( b * 16 )):5:$n:1.0" "$(( b * 16 + 6 )):5:$n:0.8" "$(( b * 16 + 12 )):3:$(( n + 7 )):0.75")
    for i in 0 1 2 3; do
      kick+=("$(( b * 16 + i * 4 )):4:0:${KV[i]}")
      hat+=("$(( b * 16 + i * 4 + 2 )):2:0:0.8")
      shk+=("$(( b * 16 + i * 4 )):1:0:${SHV[0]}" "$(( b * 16 + i * 4 + 1 )):1:0:${SHV[1]}"
            "$(( b * 16 + i * 4 + 3 )):1:0:${SHV[3]}")
    done
  done
  render_part padA inst_pad "$G" "$STEPS" $(( 16 * G + 28800 )) "${padA[@]}"
  render_part padB inst_pad "$G" "$STEPS" $(( 16 * G + 28800 )) "${padB[@]}"
  roundrobin  arp  inst_pluck "$G" "$STEPS" 48000 4 "${arp[@]}"
  render_part bass inst_bass "$G" "$STEPS" 0 "${bass[@]}"
  render_part kick inst_kick "$G" "$STEPS" 0 "${kick[@]}"
  render_part hat  inst_hat  "$G" "$STEPS" 0 "${hat[@]}"
  render_part shk  inst_shaker "$G" "$STEPS" 0 "${shk[@]}"

  summono "$WORK/pad.wav" "$WORK/padA.wav" "$WORK/padB.wav" -- \
     chorus 0.8 0.9 45 0.35 0.25 2.2 -s 58 0.3 0.375 1.7 -t
  summono "$WORK/arp.wav" "$WORK"/arp[0-3].wav
  to_stereo "$WORK/pad.wav"  "$WORK/pad.st.wav"  0     1.0
  to_stereo "$WORK/arp.wav"  "$WORK/arp.st.wav"  -0.25 1.0
  to_stereo "$WORK/bass.wav" "$WORK/bass.st.wav" 0     1.0
  to_stereo "$WORK/kick.wav" "$WORK/kick.st.wav" 0     1.0
  to_stereo "$WORK/hat.wav"  "$WORK/hat.st.wav"  0.3   1.0
  to_stereo "$WORK/shk.wav"  "$WORK/shk.st.wav"  -0.35 1.0
  echo_of arp arpecho  $(( 3 * G )) 0.3          # dotted-eighth echo on the other side
  echo_of arpecho arpecho2 $(( 3 * G )) 0.45

  mixdown "$WORK/blitar.raw.wav" \
    "pad:0.74 arp:1.0 arpecho:1.9 arpecho2:2.2 bass:0.28 kick:0.76 hat:1.0 shk:1.1" \
    "pad:0.4 arp:0.4 arpecho:1.2" \
    55 50 85 100 12 0
  finish "$WORK/blitar.raw.wav" irama-blitar
}

# ===========================================================================
# 2) irama-tenang: 80 BPM, 16th = 9000 samples, 8 bars = 128 steps = 1152000 samples (24 s).
#    F major, F-C-Dm-Bb, two bars per chord; pad, piano-like plucks, soft bass.
# ===========================================================================
make_tenang() {
  local G=9000 STEPS=128
  LOOP=$(( G * STEPS ))
  rm -f "$WORK"/*.wav
  local -a chords=(F C Dm Bb)
  declare -A PAD=([F]="53,57,60,65" [C]="52,55,60,64" [Dm]="53,57,62,65" [Bb]="53,58,62,65")
  declare -A ROOT=([F]=41 [C]=36 [Dm]=38 [Bb]=34)
  # piano line, 16 eighth-note slots per chord (two bars); "." is a rest
  local -a PNO=(
    "53 60 65 69 72 . 69 .  77 . 76 . 72 . . ."
    "48 55 60 64 67 . 64 .  72 . 74 . 67 . . ."
    "50 57 62 65 69 . 65 .  74 . 72 . 69 . . ."
    "46 53 58 62 65 . 62 .  70 . 69 . 65 . 67 ." )
  local -a VEL=(0.8 0.55 0.6 0.55 0.7 0 0.5 0  0.85 0 0.65 0 0.6 0 0.5 0)
  local -a padA=() padB=() pno=() bass=()
  local k i n c
  for (( k = 0; k < 4; k++ )); do
    c=${chords[k]}
    if (( k % 2 == 0 )); then padA+=("$(( k * 32 )):32:${PAD[$c]}:0.9"); else padB+=("$(( k * 32 )):32:${PAD[$c]}:0.9"); fi
    i=0
    for n in ${PNO[k]}; do
      [[ $n == . ]] || pno+=("$(( k * 32 + i * 2 )):2:$n:${VEL[i]}")
      i=$(( i + 1 ))
    done
    bass+=("$(( k * 32 )):30:${ROOT[$c]}:1.0")
  done
  render_part padA inst_pad_soft "$G" "$STEPS" $(( 32 * G + 72000 )) "${padA[@]}"
  render_part padB inst_pad_soft "$G" "$STEPS" $(( 32 * G + 72000 )) "${padB[@]}"
  roundrobin  pno  inst_piano "$G" "$STEPS" 144000 6 "${pno[@]}"
  render_part bass inst_bass_soft "$G" "$STEPS" 0 "${bass[@]}"

  summono "$WORK/pad.wav" "$WORK/padA.wav" "$WORK/padB.wav" -- \
     chorus 0.8 0.9 50 0.35 0.125 2.4 -s 62 0.3 0.25 1.9 -t
  summono "$WORK/pno.wav" "$WORK"/pno[0-5].wav
  to_stereo "$WORK/pad.wav"  "$WORK/pad.st.wav"  0     1.0
  to_stereo "$WORK/pno.wav"  "$WORK/pno.st.wav"  0.15  1.0
  to_stereo "$WORK/bass.wav" "$WORK/bass.st.wav" 0     1.0

  mixdown "$WORK/tenang.raw.wav" \
    "pad:0.87 pno:0.84 bass:0.17" \
    "pad:0.4 pno:0.45" \
    80 60 100 100 25 0
  finish "$WORK/tenang.raw.wav" irama-tenang
}

make_blitar
make_tenang
