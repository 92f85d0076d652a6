#!/usr/bin/env bash
# Sets the kit up, then runs the main job: the article's example through every runner, with results
# and charts written to output/. Set PARALLEL_NOTEBOOKS_SCALE=0.05 for a quick run with shrunk waits.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
dotnet run --project lib/ParallelNotebooks.Cli --no-build -- tour output/tour
