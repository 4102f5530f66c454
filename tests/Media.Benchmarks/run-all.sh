#!/usr/bin/env bash
# Runs the benchmark scenarios at the sizes of SPEC §8 (Release) and writes docs/benchmarks.md.
# Usage: tests/Media.Benchmarks/run-all.sh [--only NAME[,NAME…]] [sweep-accounts] [ingest-posts] [filing-accounts] [report-accounts] [cluster-sweep-accounts] [import-rows]
# NAME is a run's label below (extract, filing, ingest, sweep, report, filing-cluster-1, filing-cluster-3,
# ingest-cluster-1, ingest-cluster-3, sweep-cluster-3, browse, restart, import). Each run's JSON line, stamped with
# its date and commit, replaces the line of the same label in docs/benchmarks.jsonl; the document is written from all
# the lines there, so `--only` re-measures some scenarios and keeps the others' last figures (each row says when).
set -euo pipefail
cd "$(dirname "$0")/../.."

only=""
if [[ "${1:-}" == "--only" ]]; then
  only=",$2,"
  shift 2
fi

accounts=${1:-1000000}
posts=${2:-200000}
filings=${3:-20000}
report_accounts=${4:-300000}
cluster_accounts=${5:-100000}
import_rows=${6:-100000}
out=docs/benchmarks.md
results=docs/benchmarks.jsonl
touch "$results"
commit=$(git rev-parse --short HEAD)

dotnet build -c Release tests/Media.Benchmarks >/dev/null
run() {
  local label=$1
  shift
  if [[ -n "$only" && "$only" != *",$label,"* ]]; then
    return
  fi
  echo "== $label: $*" >&2
  local line
  line=$(dotnet run -c Release --no-build --project tests/Media.Benchmarks -- "$@" --json | tee -a /dev/stderr | tail -1)
  python3 tests/Media.Benchmarks/keep-result.py "$results" "$label" "$commit" "$line"
}
run extract extract --seconds 10
run filing filing --accounts "$filings"
run ingest ingest --posts "$posts"
run sweep sweep --accounts "$accounts"
run report report --accounts "$report_accounts"
# The cluster profile (a private PostgreSQL started by the harness, N silo processes, requests in turn).
run filing-cluster-1 filing --accounts "$filings" --profile cluster --silos 1
run filing-cluster-3 filing --accounts "$filings" --profile cluster --silos 3
run ingest-cluster-1 ingest --posts "$posts" --profile cluster --silos 1
run ingest-cluster-3 ingest --posts "$posts" --profile cluster --silos 3
run sweep-cluster-3 sweep --accounts "$cluster_accounts" --profile cluster --silos 3
run browse browse --accounts "$accounts"
# Seeds its own data directory (the sweep's is deleted with its silo), stops the silo gracefully and times the restart.
run restart restart --accounts "$accounts"
run import import --rows "$import_rows"

python3 tests/Media.Benchmarks/write-doc.py "$results" "$out" tests/Media.Benchmarks/analysis.md
echo "wrote $out"
