#!/usr/bin/env bash
# Runs every benchmark scenario at the sizes of SPEC §8 (Release) and writes docs/benchmarks.md.
# Usage: tests/Media.Benchmarks/run-all.sh [sweep-accounts] [ingest-posts] [filing-accounts] [import-rows]
set -euo pipefail
cd "$(dirname "$0")/../.."

accounts=${1:-1000000}
posts=${2:-200000}
filings=${3:-20000}
import_rows=${4:-100000}
out=docs/benchmarks.md
results=$(mktemp)

dotnet build -c Release tests/Media.Benchmarks >/dev/null
run() {
  echo "== $*" >&2
  dotnet run -c Release --no-build --project tests/Media.Benchmarks -- "$@" --json | tee /dev/stderr | tail -1 >>"$results"
}
run extract --seconds 10
run filing --accounts "$filings"
run ingest --posts "$posts"
run sweep --accounts "$accounts"
run import --rows "$import_rows"

python3 tests/Media.Benchmarks/write-doc.py "$results" "$out" tests/Media.Benchmarks/analysis.md
echo "wrote $out"
