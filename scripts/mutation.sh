#!/usr/bin/env bash
# Mutation testing of the core library's logic with Stryker.NET (pinned in .config/dotnet-tools.json): it changes
# the code in small ways (a + for a -, a removed guard, a flipped sort) and counts the changes the unit tests catch.
# Slow (minutes on 2 cores), so it is not part of CI. The report goes to artifacts/mutation/. See docs/mutation-testing.md.
#
# Stryker runs against a throwaway test project written into artifacts/mutation/UnitTests that compiles only the
# unit tests of the mutated files (not the notebook, Jupyter, CLI, kit, cluster, twin or process tests, which test
# through kernels and processes, take minutes, and would run against every mutant). Choosing the tests by file
# also keeps Stryker from building the whole test project and swapping mutated assemblies into its output.
# The project is named ParallelNotebooks.Tests so that it sees the library's internals, as the real one does.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dotnet tool restore >/dev/null

work=artifacts/mutation/UnitTests
rm -rf "$work"
mkdir -p "$work"
tests=$root/tests/ParallelNotebooks.Tests
cat >"$work/ParallelNotebooks.Tests.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <IsPackable>false</IsPackable>
    <IsTestProject>true</IsTestProject>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
    <WarningsNotAsErrors>\$(WarningsNotAsErrors);NU1603</WarningsNotAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" />
    <PackageReference Include="xunit" />
    <PackageReference Include="xunit.runner.visualstudio" />
    <PackageReference Include="Xunit.SkippableFact" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="$root/lib/ParallelNotebooks/ParallelNotebooks.csproj" />
  </ItemGroup>
  <ItemGroup>
    <Using Include="Xunit" />
    <Compile Include="$tests/Analysis/*.cs" />
    <Compile Include="$tests/Reports/*.cs" />
    <Compile Include="$tests/Fakes/*.cs" />
    <Compile Include="$tests/Running/IdealTimeTests.cs" />
    <Compile Include="$tests/Running/WorkerProtocol*Tests.cs" />
  </ItemGroup>
</Project>
PROJ

# Debug.Assert states what the public entry points already checked; a mutant inside one changes nothing a caller
# can see (and nothing at all in Release), so it is ignored rather than counted as a survivor.
cat >"$work/stryker-config.json" <<'CONF'
{ "stryker-config": { "ignore-methods": [ "Debug.Assert" ] } }
CONF

cd "$work"
nice -n 10 dotnet tool run dotnet-stryker -- \
  --project ParallelNotebooks.csproj \
  --mutate "**/Running/IdealTime.cs" --mutate "**/Reports/RunReport.cs" \
  --mutate "**/Analysis/*.cs" --mutate "**/Running/Processes/WorkerProtocol.cs" \
  --concurrency "${MUTATION_CONCURRENCY:-1}" \
  --reporter html --reporter json --reporter progress --reporter cleartext \
  --output "$root/artifacts/mutation/report" "$@"
