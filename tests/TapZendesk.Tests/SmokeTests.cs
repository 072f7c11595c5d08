namespace X;

public sealed class SmokeTests
{
    [Fact]
    public void Runs() => 1.ShouldBe(1);
}
