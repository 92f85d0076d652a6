#!/usr/bin/env bash
# Sets the kit up, then runs every test. Lessons run in small mode (waits scaled by
# PARALLEL_NOTEBOOKS_SCALE, 0.05 unless set). Results go to artifacts/test-results/ as TRX files.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
export PARALLEL_NOTEBOOKS_SCALE="${PARALLEL_NOTEBOOKS_SCALE:-0.05}"
rm -rf artifacts/test-results
dotnet test Tutorial.sln --no-build --logger "trx" --results-directory artifacts/test-results
