#!/usr/bin/env bash
# Runs a batch the way N CI jobs would (N `contentkit render --shard auto` processes side by side, each told its part
# the way GitLab's parallel: tells it, CI_NODE_INDEX/CI_NODE_TOTAL, each into its own folder) and then once whole,
# and checks that the shards' files together are exactly the whole run's: the same names, the same bytes, none twice.
# Usage: build/shard-local.sh [N] [DATA] [TEMPLATE] [FORMATS]   (default: 3 samples/pengumuman.csv pengumuman feed,story)
# CONTENTKIT is the command to run (default: contentkit on PATH), e.g. CONTENTKIT="dotnet path/to/ContentKit.Cli.dll".
set -euo pipefail
count="${1:-3}"
data="$(realpath "${2:-$(dirname "$0")/../samples/pengumuman.csv}")"
template="${3:-pengumuman}"
formats="${4:-feed,story}"
read -r -a contentkit <<<"${CONTENTKIT:-contentkit}"
work="$(mktemp -d "${TMPDIR:-/tmp}/contentkit-shards.XXXXXX")"
trap 'rm -rf "$work"' EXIT

render() { "${contentkit[@]}" render --data "$data" --template "$template" --format "$formats" --json "$@"; }

pids=()
for index in $(seq 1 "$count"); do
  CI_NODE_INDEX="$index" CI_NODE_TOTAL="$count" render --shard auto --out "$work/shard-$index" >"$work/shard-$index.json" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
render --out "$work/full" >"$work/full.json"

# Every file a run made but its reports and cache: name and checksum.
files() { (cd "$1" && find . -type f ! -name 'report.*' ! -name '.contentkit-cache.json' -printf '%P\n' | sort | xargs -r sha256sum); }
files "$work/full" >"$work/full.sums"
for index in $(seq 1 "$count"); do files "$work/shard-$index"; done | sort -k2 >"$work/union.sums"
sort -k2 "$work/full.sums" >"$work/full.sorted"

whole=$(wc -l <"$work/full.sorted")
[[ "$whole" -gt 0 ]] || { echo "the whole run wrote no file" >&2; exit 1; }
if ! diff -u "$work/full.sorted" "$work/union.sums"; then
  echo "the $count shards' files differ from the whole run's (lines with - only in the whole run, + only in the shards)" >&2
  exit 1
fi
echo "$count shards wrote the same $whole files as one whole run"
