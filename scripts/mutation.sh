#!/usr/bin/env bash
# Mutation testing of the core library's logic with Stryker.NET (pinned in .config/dotnet-tools.json): it changes
# the code in small ways (a + for a -, a removed guard, a flipped sort) and counts the changes the unit tests catch.
# Slow (minutes on 2 cores), so it is not part of CI. The report goes to artifacts/mutation/; see docs/mutation-testing.md.
#
# What is mutated and which tests run are in tests/ParallelNotebooks.Tests/stryker-config.json. The test filter
# names the unit tests of the mutated files, so the notebook, Jupyter, CLI, kit, twin, cluster and process tests
# (kernels and processes, minutes each) never run against a mutant. Stryker 5.1 takes a filter of included names
# joined by |; with an excluding one (FullyQualifiedName!~X&...) it skips the project: "No test cases matched".
# Arguments go to Stryker; MUTATION_CONCURRENCY sets its test runners (default 1: the machine is shared).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dotnet tool restore >/dev/null
cd tests/ParallelNotebooks.Tests
nice -n 10 dotnet tool run dotnet-stryker -- \
  --concurrency "${MUTATION_CONCURRENCY:-1}" \
  --output "$root/artifacts/mutation" "$@"
