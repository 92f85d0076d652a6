using System.Text.Json;
using System.Text.RegularExpressions;

namespace ParallelNotebooks.Tests.Kit;

/// <summary>
/// The files that pin the learner's set-up (global.json, the tool manifest, .vscode/ and .devcontainer/) must agree
/// with each other: a version changed in one place and not in another is a trap found only by a learner.
/// </summary>
public sealed partial class SetupFilesTests
{
    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [Fact]
    public void WorkspaceSettings_KernelVersion_IsThePinnedTool()
    {
        var settings = Read(".vscode", "settings.json");

        Assert.Equal(PinnedKernelVersion(), settings.RootElement.GetProperty("dotnet-interactive.requiredInteractiveToolVersion").GetString());
    }

    [Fact]
    public void Devcontainer_Extensions_AreTheWorkspaceRecommendations()
    {
        var recommended = Strings(Read(".vscode", "extensions.json").RootElement.GetProperty("recommendations"));
        var installed = Strings(Devcontainer().RootElement.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions"));

        Assert.Contains("ms-dotnettools.dotnet-interactive-vscode", installed);
        Assert.Equal(recommended.Order(), installed.Order());
    }

    [Fact]
    public void Devcontainer_PostCreateCommand_RunsTheSetupScript()
    {
        var command = Devcontainer().RootElement.GetProperty("postCreateCommand").GetString();

        Assert.Equal("./scripts/setup.sh", command);
        Assert.True(File.Exists(Path.Combine(Repository.Root, "scripts", "setup.sh")));
    }

    [Fact]
    public void DevcontainerDockerfile_Sdk_IsTheMajorVersionOfGlobalJson()
    {
        var sdk = Read("global.json").RootElement.GetProperty("sdk").GetProperty("version").GetString()!;

        Assert.Contains($"dotnet-sdk-{sdk.Split('.')[0]}.0", Dockerfile());
    }

    [Fact]
    public void DevcontainerDockerfile_BaseImage_NamesNoRegistryHost()
    {
        var image = FromLine().Match(Dockerfile());

        Assert.True(image.Success, "the Dockerfile has no FROM line");
        // A registry host is the part before the first '/' when it holds a '.' or a ':' (a domain or a port).
        var firstPart = image.Groups["image"].Value.Split('/')[0];
        Assert.False(image.Groups["image"].Value.Contains('/') && (firstPart.Contains('.') || firstPart.Contains(':')), $"the base image names a registry host: {image.Groups["image"].Value}");
    }

    private static string PinnedKernelVersion() =>
        Read(".config", "dotnet-tools.json").RootElement.GetProperty("tools").GetProperty("microsoft.dotnet-interactive").GetProperty("version").GetString()!;

    private static JsonDocument Devcontainer() => Read(".devcontainer", "devcontainer.json");

    private static string Dockerfile() => File.ReadAllText(Path.Combine(Repository.Root, ".devcontainer", "Dockerfile"));

    private static JsonDocument Read(params string[] path) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine([Repository.Root, .. path])), Jsonc);

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(item => item.GetString()!)];

    [GeneratedRegex(@"^FROM\s+(?<image>\S+)", RegexOptions.Multiline)]
    private static partial Regex FromLine();
}
