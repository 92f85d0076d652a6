using ParallelNotebooks.Lessons;

namespace ParallelNotebooks.Tests.Lessons;

public sealed class KernelVersionTests
{
    [Fact]
    public void Expected_IsThePinnedKernelBuild()
    {
        Assert.Equal("1.0.0-beta.26120.1", KernelVersion.Expected);
    }

    [Fact]
    public void Mismatch_SameOrNoKernel_SaysNothing()
    {
        Assert.Null(KernelVersion.Mismatch(KernelVersion.Expected));
        Assert.Null(KernelVersion.Mismatch(running: null));
    }

    [Fact]
    public void Mismatch_OtherKernel_WarnsNamingBoth()
    {
        var warning = KernelVersion.Mismatch("1.0.0-beta.99999.1");

        Assert.Contains("1.0.0-beta.99999.1", warning);
        Assert.Contains(KernelVersion.Expected, warning);
        Assert.Contains("dotnet tool restore", warning);
    }
}
