#!/usr/bin/env bash
# Runs CI (.ci/run) again and again with CPU hogs keeping the cores busy, as a loaded CI machine would, and
# prints each run's result line and a summary. Tests that pass only on an idle machine fail here.
#   scripts/ci-under-load.sh [RUNS]     RUNS defaults to 5; HOGS (default 2) sets how many busy loops run.
# Each run's whole output goes to artifacts/ci-under-load/run-N.log. Exits 0 only when every run was green.
set -uo pipefail
cd "$(dirname "$0")/.."

runs="${1:-5}"
hog_count="${HOGS:-2}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ && "$hog_count" =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/ci-under-load.sh [RUNS]   (RUNS >= 1; HOGS >= 0 busy loops, default 2)" >&2
  exit 2
fi

logs=artifacts/ci-under-load
mkdir -p "$logs"

# shellcheck source=scripts/hogs.sh
source scripts/hogs.sh
start_hogs "$hog_count"
echo "ci-under-load: $runs runs of .ci/run beside $hog_count CPU hogs (pids ${hogs[*]:-none}) on $(nproc) cores"

green=0
for run in $(seq 1 "$runs"); do
  started=$(date +%s)
  .ci/run >"$logs/run-$run.log" 2>&1
  status=$?
  seconds=$(( $(date +%s) - started ))
  result=$(grep -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$logs/run-$run.log" | tail -1)
  if [ "$status" -eq 0 ]; then
    green=$((green + 1))
    verdict=green
  else
    verdict="RED (exit $status)"
  fi
  echo "run $run: $verdict in ${seconds} s: ${result:-no result line; see $logs/run-$run.log}"
  if [ "$status" -ne 0 ]; then
    # The failing tests' names, from the test runner's own summary lines.
    grep -E '^\s+Failed [A-Za-z]' "$logs/run-$run.log" | sed 's/^\s*/  /' | head -20
  fi
done

echo "ci-under-load: $green of $runs runs green beside $hog_count CPU hogs"
[ "$green" -eq "$runs" ]
