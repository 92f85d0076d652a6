#!/usr/bin/env bash
# Sets the kit up, then measures every figure the kit promises side by side in one run (a few minutes) and
# prints each as a ratio beside its target. Results go to data/benchmarks/, named by the machine's core count.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
dotnet run --project lib/ParallelNotebooks.Cli --no-build -- bench data/benchmarks
