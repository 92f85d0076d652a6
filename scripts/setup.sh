#!/usr/bin/env bash
# Sets the kit up on this machine: checks the .NET SDK, restores the pinned kernel tool, publishes the
# native AOT worker where the toolchain allows it, and builds the solution. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET SDK is not installed (dotnet is not on the PATH). Install .NET SDK 10, then run this again." >&2
  exit 1
fi
sdk=$(dotnet --version)
if [ "${sdk%%.*}" -lt 10 ]; then
  echo "setup: found .NET SDK $sdk; the kit needs .NET SDK 10 (see global.json)." >&2
  exit 1
fi

echo "setup: restoring the pinned notebook kernel (.config/dotnet-tools.json)"
dotnet tool restore >/dev/null

# The native worker starts in about 2 ms instead of about 30 ms. It must exist before the build, which
# copies it beside the library; without it the runners use the ordinary worker.
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
echo "setup: publishing the native AOT worker for $rid"
mkdir -p artifacts
if ! dotnet publish lib/ParallelNotebooks.Worker -c Release -r "$rid" -p:PublishAot=true -o artifacts/worker-aot \
     -nologo -v quiet >artifacts/worker-aot.log 2>&1; then
  echo "setup: the native AOT worker could not be built here (a C toolchain such as clang or gcc is needed; see artifacts/worker-aot.log)."
  echo "setup: carrying on with the ordinary worker: process start-up will be slower, everything else is the same."
  rm -rf artifacts/worker-aot
fi

echo "setup: building Tutorial.sln"
dotnet build Tutorial.sln -nologo -v quiet -clp:ErrorsOnly
