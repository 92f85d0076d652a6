#!/usr/bin/env bash
# Executes one lesson through the kernel again and again, at full size, with CPU hogs keeping the cores busy, and
# prints each run's outcome and wall time. A lesson that hangs or fails only on a busy machine fails here.
#   scripts/lesson-under-load.sh [NAME-PART] [RUNS]   NAME-PART defaults to 11-beyond, RUNS to 10; HOGS (default 2).
# Each run's executed notebook goes to artifacts/lesson-under-load/run-N/. Exits 0 only when every run was clean.
set -uo pipefail
cd "$(dirname "$0")/.."

lesson="${1:-11-beyond}"
runs="${2:-10}"
hog_count="${HOGS:-2}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ && "$hog_count" =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/lesson-under-load.sh [NAME-PART] [RUNS]   (RUNS >= 1; HOGS >= 0 busy loops, default 2)" >&2
  exit 2
fi

logs=artifacts/lesson-under-load
mkdir -p "$logs"
dotnet build lib/ParallelNotebooks.Cli -nologo -v quiet -clp:ErrorsOnly || exit 1

# shellcheck source=scripts/hogs.sh
source scripts/hogs.sh
start_hogs "$hog_count"
echo "lesson-under-load: $runs runs of '$lesson' beside $hog_count CPU hogs (pids ${hogs[*]:-none}) on $(nproc) cores"

clean=0
for run in $(seq 1 "$runs"); do
  started=$(date +%s)
  # A run that hangs is stopped after 15 minutes, and counts as failed.
  timeout 900 dotnet run --project lib/ParallelNotebooks.Cli --no-build -- lessons notebooks "$logs/run-$run" "$lesson" \
    >"$logs/run-$run.log" 2>&1
  status=$?
  seconds=$(( $(date +%s) - started ))
  if [ "$status" -eq 0 ]; then
    clean=$((clean + 1))
    echo "run $run: clean in ${seconds} s"
  else
    echo "run $run: FAILED (exit $status) in ${seconds} s; see $logs/run-$run.log"
    tail -5 "$logs/run-$run.log" | sed 's/^/  /'
  fi
done

echo "lesson-under-load: $clean of $runs runs clean beside $hog_count CPU hogs"
[ "$clean" -eq "$runs" ]
