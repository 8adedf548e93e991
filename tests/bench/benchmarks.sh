#!/usr/bin/env bash
# Builds and runs the BenchmarkDotNet suite in tests/ContentKit.Benchmarks (about 2½ minutes on two cores).
#
#   tests/bench/benchmarks.sh                             every benchmark
#   tests/bench/benchmarks.sh --filter '*PngEncoding*'    one class (any BenchmarkDotNet arguments work)
#
# Debug (ImageSharp's licence check refuses other configurations without a key), which Directory.Build.props
# optimises, in a folder of its own so that it never meets another build's outputs. Results land in
# BenchmarkDotNet.Artifacts/ at the repository root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
artifacts="$root/artifacts/bench"

dotnet build tests/ContentKit.Benchmarks -c Debug --artifacts-path "$artifacts" -nologo -v quiet -clp:ErrorsOnly
if [[ $# -eq 0 ]]; then
    set -- --filter '*'
fi
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec dotnet "$artifacts/bin/ContentKit.Benchmarks/debug/ContentKit.Benchmarks.dll" "$@"
