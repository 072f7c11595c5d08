using Microsoft.Extensions.Configuration;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Simulator.Tests.Hosting;

public sealed class SimulatorOptionsTests
{
    [Fact]
    public void The_public_url_option_is_read_checked_and_explained()
    {
        var options = SimulatorOptions.FromConfiguration(Configuration(("public-url", "https://zendesk.example/")));

        options.PublicUrl.ShouldBe(new Uri("https://zendesk.example"));
        Should.Throw<ArgumentException>(() => SimulatorOptions.FromConfiguration(Configuration(("public-url", "zendesk.example"))));
        SimulatorOptions.FromConfiguration(Configuration()).PublicUrl.ShouldBeNull();
        SimulatorUsage.Text.ShouldContain("--public-url");
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();
}
