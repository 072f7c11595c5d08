using System.Text.Json.Nodes;
using Zendesk.Simulator.Hosting;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync;

/// <summary>The Singer SDK's metric lines on stderr, which orchestrators and log tools read.</summary>
public sealed class MetricsTests
{
    private static readonly string[] Selected = ["tickets", "ticket_audits", "groups"];

    [Fact]
    public async Task Record_counts_add_up_to_the_records_sent_and_each_stream_ends_with_its_sync_duration()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 30, RateLimits = false });
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), Selected);

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var points = Points(run.Stderr);
        foreach (var stream in Selected)
        {
            points.Where(p => Is(p, "counter", "record_count", stream)).Sum(p => p["value"]!.GetValue<long>()).ShouldBe(run.Records(stream).Count(), stream);
            var duration = points.Single(p => Is(p, "timer", "sync_duration", stream));
            duration["tags"]!["status"]!.GetValue<string>().ShouldBe("succeeded");
            duration["value"]!.GetValue<double>().ShouldBeGreaterThanOrEqualTo(0);
        }

        points.ShouldNotContain(p => p["metric"]!.GetValue<string>() == "http_request_duration", "request metrics are asked for");
    }

    [Fact]
    public async Task With_request_metrics_every_request_has_its_duration_endpoint_and_status()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 30, RateLimits = false });
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), Selected);
        simulator.Requests.Reset();

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With("request_metrics", true));

        run.ExitCode.ShouldBe(0, run.Stderr);
        var requests = Points(run.Stderr).Where(p => p["metric"]!.GetValue<string>() == "http_request_duration").ToList();
        requests.Count.ShouldBe((int)simulator.Requests.Total);
        requests.ShouldAllBe(p => p["type"]!.GetValue<string>() == "timer" && p["tags"]!["status"]!.GetValue<string>() == "succeeded" && p["tags"]!["http_status_code"]!.GetValue<int>() == 200);
        var endpoints = requests.Select(p => p["tags"]!["endpoint"]!.GetValue<string>()).Distinct().ToList();
        endpoints.ShouldContain("/api/v2/tickets/{id}/audits");
        endpoints.ShouldContain("/api/v2/incremental/tickets/cursor");
        endpoints.ShouldAllBe(e => !e.Any(char.IsAsciiDigit) || e.StartsWith("/api/v2/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_json_logs_a_metric_is_a_line_of_its_own_with_the_point_as_an_object()
    {
        await using var simulator = await Simulators.StartAsync(new SimulatorOptions { Tickets = 5, RateLimits = false });
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), "groups");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, ExtraArguments = ["--log-format", "json"] });

        run.ExitCode.ShouldBe(0, run.Stderr);
        var metric = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!)
            .First(l => l["message"]!.GetValue<string>() == "METRIC");
        metric["metric_point"]!["metric"]!.GetValue<string>().ShouldBe("record_count");
        metric["metric_point"]!["tags"]!["stream"]!.GetValue<string>().ShouldBe("groups");
    }

    private static List<JsonNode> Points(string stderr) =>
        [.. stderr.Split('\n')
            .Where(l => l.Contains(" METRIC: ", StringComparison.Ordinal))
            .Select(l => JsonNode.Parse(l[(l.IndexOf(" METRIC: ", StringComparison.Ordinal) + " METRIC: ".Length)..])!)];

    private static bool Is(JsonNode point, string type, string metric, string stream) =>
        point["type"]!.GetValue<string>() == type
        && point["metric"]!.GetValue<string>() == metric
        && point["tags"]!["stream"]?.GetValue<string>() == stream;
}
