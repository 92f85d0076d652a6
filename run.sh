#!/usr/bin/env bash
# Sets the kit up, then runs the main job: every lesson notebook executed headless through the same kernel
# VS Code uses, with executed notebooks, charts and a results table written to output/lessons/.
# Set PARALLEL_NOTEBOOKS_SCALE=0.05 for a quick run with shrunk waits.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
dotnet run --project lib/ParallelNotebooks.Cli --no-build -- lessons notebooks output/lessons
