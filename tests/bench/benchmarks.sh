#!/usr/bin/env bash
# Builds and runs the BenchmarkDotNet suite in tests/ContentKit.Benchmarks (about 2½ minutes on two cores).
#
#   tests/bench/benchmarks.sh                             every benchmark
#   tests/bench/benchmarks.sh --filter '*PngEncoding*'    one class (any BenchmarkDotNet arguments work)
#
# Debug with the optimiser on, in a folder of its own: ImageSharp's licence check refuses non-Debug
# configurations without a key, and MSBuild does not recompile when only Optimize changes, so sharing
# bin/obj with the plain Debug build would leave an unoptimised ContentKit.dll that JitOptimizationsValidator
# (rightly) rejects. Results land in BenchmarkDotNet.Artifacts/ at the repository root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
artifacts="$root/artifacts/bench"

dotnet build tests/ContentKit.Benchmarks -c Debug -p:Optimize=true --artifacts-path "$artifacts" -nologo -v quiet -clp:ErrorsOnly
if [[ $# -eq 0 ]]; then
    set -- --filter '*'
fi
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec dotnet "$artifacts/bin/ContentKit.Benchmarks/debug/ContentKit.Benchmarks.dll" "$@"
