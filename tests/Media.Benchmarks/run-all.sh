#!/usr/bin/env bash
# Runs every benchmark scenario at the sizes of SPEC §8 (Release) and writes docs/benchmarks.md.
# Usage: tests/Media.Benchmarks/run-all.sh [sweep-accounts] [ingest-posts] [filing-accounts] [report-accounts] [cluster-sweep-accounts] [import-rows]
set -euo pipefail
cd "$(dirname "$0")/../.."

accounts=${1:-1000000}
posts=${2:-200000}
filings=${3:-20000}
report_accounts=${4:-300000}
cluster_accounts=${5:-100000}
import_rows=${6:-100000}
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
run report --accounts "$report_accounts"
# The cluster profile (a private PostgreSQL started by the harness, N silo processes, requests in turn).
run filing --accounts "$filings" --profile cluster --silos 1
run filing --accounts "$filings" --profile cluster --silos 3
run ingest --posts "$posts" --profile cluster --silos 1
run ingest --posts "$posts" --profile cluster --silos 3
run sweep --accounts "${cluster_accounts:-100000}" --profile cluster --silos 3
run browse --accounts "$accounts"
# Seeds its own data directory (the sweep's is deleted with its silo), stops the silo gracefully and times the restart.
run restart --accounts "$accounts"
run import --rows "$import_rows"

python3 tests/Media.Benchmarks/write-doc.py "$results" "$out" tests/Media.Benchmarks/analysis.md
echo "wrote $out"
