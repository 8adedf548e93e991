#!/usr/bin/env bash
# Builds and runs the BenchmarkDotNet suite in tests/ContentKit.Benchmarks (about 2½ minutes on two cores).
#
#   tests/bench/benchmarks.sh                             every benchmark
#   tests/bench/benchmarks.sh --filter '*PngEncoding*'    one class (any BenchmarkDotNet arguments work)
#
# Release, run from bin/Release. Results land in BenchmarkDotNet.Artifacts/ at the repository root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

dotnet build tests/ContentKit.Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly
if [[ $# -eq 0 ]]; then
    set -- --filter '*'
fi
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec dotnet tests/ContentKit.Benchmarks/bin/Release/net10.0/ContentKit.Benchmarks.dll "$@"
