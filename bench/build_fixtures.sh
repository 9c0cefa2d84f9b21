#!/usr/bin/env bash
# Times `sdgen build` over every fixture in one call (templates compiled and
# fonts read once), best of N runs, and reports milliseconds per record and
# per output file. Usage: bench/build_fixtures.sh [build/sdgen] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
sdgen=${1:-build/sdgen}
runs=${2:-5}
records=(fixtures/*.xml)
best=""
for _ in $(seq "$runs"); do
  out=$(mktemp -d)
  start=$(date +%s%N)
  "$sdgen" build "${records[@]}" -o "$out" 2>/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  files=$(find "$out" -type f | wc -l)
  pdfs=$(find "$out" -name '*.pdf' | wc -l)
  rm -rf "$out"
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "records: ${#records[@]}, files: $files ($pdfs PDF), best of $runs: ${best} ms"
echo "per record: $(( best / ${#records[@]} )) ms; per file: $(( best * 1000 / files )) us"
