using System.Text.Json.Nodes;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Sync.Batches;

/// <summary>With <c>batch_config</c> the records go to files announced by BATCH messages, each ahead of the STATE that covers it.</summary>
public sealed class BatchOutputTests : IDisposable
{
    private readonly BatchDirectory _batches = new();

    [Fact]
    public async Task The_files_give_back_exactly_the_records_a_record_sync_sends_stream_by_stream_in_order()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 40, seed: 3);
        var setup = new TapSetup().With("page_size", 10).With("custom_ticket_fields_as_columns", true);
        var records = await TapHarness.RunAsync(simulator, setup);

        var batched = await TapHarness.RunAsync(simulator, setup.With("batch_config", _batches.Config(batchSize: 25)));

        records.ExitCode.ShouldBe(0, records.Stderr);
        batched.ExitCode.ShouldBe(0, batched.Stderr);
        batched.OfType("RECORD").ShouldBeEmpty();
        var expected = BatchDirectory.RecordLinesOfMessages(records);
        var actual = BatchDirectory.RecordLines(batched);
        actual.Keys.ShouldBe(expected.Keys, ignoreOrder: true);

        // A child read with one request per parent, several parents at once, comes in no fixed order, nor do its own children.
        var ordered = expected.Keys.Where(s => !ReadPerParent(StreamTable.Get(s))).ToHashSet();
        ordered.ShouldContain("tickets");
        foreach (var (stream, lines) in expected)
        {
            if (ordered.Contains(stream))
            {
                actual[stream].ShouldBe(lines, $"the records of {stream}, in order");
            }
            else
            {
                actual[stream].Order(StringComparer.Ordinal).ShouldBe(lines.Order(StringComparer.Ordinal), $"the records of {stream}");
            }
        }

        foreach (var stream in actual.Keys)
        {
            batched.IndexOfFirst("SCHEMA", stream).ShouldBeLessThan(batched.IndexOfFirst("BATCH", stream), stream);
        }

        BatchDirectory.Announced(batched).Order(StringComparer.Ordinal).ShouldBe(_batches.AllFiles(), ignoreOrder: false, "files left that no BATCH announced");
    }

    private static bool ReadPerParent(StreamDefinition stream) =>
        stream.Parent is { } parent && (stream.Path.Contains('{', StringComparison.Ordinal) || ReadPerParent(StreamTable.Get(parent)));

    [Fact]
    public async Task A_run_killed_after_any_state_and_resumed_from_it_misses_no_record_the_files_held()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 45, seed: 7);
        var setup = new TapSetup().With("page_size", 10).With("batch_config", _batches.Config(batchSize: 4));
        var reference = await TapHarness.RunAsync(simulator, setup);
        reference.ExitCode.ShouldBe(0, reference.Stderr);
        var everything = Identities(reference);
        var states = reference.Messages.Select((m, i) => (m, i)).Where(x => x.m["type"]!.GetValue<string>() == "STATE").Select(x => x.i).ToList();
        states.Count.ShouldBeGreaterThan(10);

        foreach (var state in states.Where((_, i) => i % (states.Count / 8) == 1))
        {
            // Killed right after a STATE: everything it covers must have been announced before it.
            var killed = await TapHarness.RunAsync(simulator, setup with { KillAfterLines = state + 1 });
            var resumed = await TapHarness.RunAsync(simulator, setup with { State = killed.LastState?.DeepClone() });
            resumed.ExitCode.ShouldBe(0, resumed.Stderr);

            var seen = Identities(killed);
            seen.UnionWith(Identities(resumed));
            everything.Except(seen).ShouldBeEmpty($"records lost when killed after the STATE at line {state + 1}");
        }
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(25)]
    public async Task Each_state_of_a_batch_sync_is_a_state_of_the_record_sync_with_the_same_records_before_it(int batchSize)
    {
        await using var simulator = await Simulators.StartAsync(tickets: 30, seed: 5);
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), "tickets", "ticket_audits");
        var setup = new TapSetup { Catalog = catalog }.With("page_size", 10);
        var records = await TapHarness.RunAsync(simulator, setup);

        var batched = await TapHarness.RunAsync(simulator, setup.With("batch_config", _batches.Config(batchSize: batchSize)));

        batched.ExitCode.ShouldBe(0, batched.Stderr);
        var expected = RecordsBeforeEachState(records, m => m["type"]!.GetValue<string>() == "RECORD" ? 1 : 0);
        var actual = RecordsBeforeEachState(batched, m => m["type"]!.GetValue<string>() == "BATCH" ? BatchDirectory.ReadLines(new Uri(m["manifest"]![0]!.GetValue<string>()).LocalPath, gzip: true).Count : 0);
        expected.Count.ShouldBeGreaterThan(3);
        actual.ShouldNotBeEmpty();
        actual.ShouldAllBe(state => expected.Contains(state));
        actual[^1].ShouldBe(expected[^1]);
    }

    [Fact]
    public async Task A_batch_sync_writes_a_state_only_once_a_file_is_full_or_its_group_ends()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 30, seed: 5);
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), "tickets");
        var setup = new TapSetup { Catalog = catalog }.With("page_size", 5);

        var whole = await TapHarness.RunAsync(simulator, setup.With("batch_config", _batches.Config(batchSize: 1000)));
        var tens = await TapHarness.RunAsync(simulator, setup.With("batch_config", _batches.Config(batchSize: 10)));

        whole.ExitCode.ShouldBe(0, whole.Stderr);
        tens.ExitCode.ShouldBe(0, tens.Stderr);
        whole.OfType("BATCH").Count().ShouldBe(1, "thirty tickets in pages of five fill no file of 1,000: one file, announced with the group's last STATE");
        tens.OfType("BATCH").Count().ShouldBe(3);
        tens.OfType("STATE").Count().ShouldBe(whole.OfType("STATE").Count() + 3, "a STATE follows each of the three pages that fill a file of ten");
    }

    [Fact]
    public async Task Batch_size_splits_a_streams_records_into_files_of_at_most_that_many()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 40, seed: 3);
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), "tickets");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With("batch_config", _batches.Config(batchSize: 7)));

        run.ExitCode.ShouldBe(0, run.Stderr);
        var sizes = run.OfType("BATCH").Select(b => BatchDirectory.ReadLines(new Uri(b["manifest"]![0]!.GetValue<string>()).LocalPath, gzip: true).Count).ToList();
        sizes.Sum().ShouldBe(40);
        sizes.ShouldAllBe(s => s >= 1 && s <= 7);
        sizes.Count(s => s == 7).ShouldBeGreaterThanOrEqualTo(5);
        run.OfType("BATCH").ShouldAllBe(b => b["manifest"]!.AsArray().Count == 1);
    }

    [Fact]
    public async Task Compression_none_writes_plain_json_lines_and_gzip_compressed_ones()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 10, seed: 3);
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), "groups");
        var plain = new TapSetup { Catalog = catalog }.With("batch_config", _batches.Config(compression: "none"));

        var none = await TapHarness.RunAsync(simulator, plain);
        var gzip = await TapHarness.RunAsync(simulator, plain.With("batch_config", _batches.Config()));

        none.ExitCode.ShouldBe(0, none.Stderr);
        var noneBatch = none.OfType("BATCH").ShouldHaveSingleItem();
        noneBatch["encoding"]!.ToJsonString().ShouldBe("""{"format":"jsonl","compression":"none"}""");
        var path = new Uri(noneBatch["manifest"]![0]!.GetValue<string>()).LocalPath;
        path.ShouldEndWith(".json");
        Path.GetFileName(path).ShouldStartWith("test-groups-");
        var text = File.ReadAllText(path);
        text.ShouldEndWith("\n");
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(line => JsonNode.Parse(line)!["id"] != null);

        var gzipBatch = gzip.OfType("BATCH").ShouldHaveSingleItem();
        gzipBatch["encoding"]!["compression"]!.GetValue<string>().ShouldBe("gzip");
        var gzipPath = new Uri(gzipBatch["manifest"]![0]!.GetValue<string>()).LocalPath;
        gzipPath.ShouldEndWith(".json.gz");
        File.ReadAllBytes(gzipPath)[..2].ShouldBe(new byte[] { 0x1f, 0x8b });
        BatchDirectory.ReadLines(gzipPath, gzip: true).ShouldBe(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        gzipPath.ShouldNotBe(path.Replace(".json", ".json.gz", StringComparison.Ordinal), "a second run names its files apart");
    }

    [Fact]
    public async Task An_interrupted_run_leaves_no_file_under_a_final_name_that_no_batch_announced()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 45, seed: 7);
        var setup = new TapSetup().With("page_size", 10).With("batch_config", _batches.Config(batchSize: 3));
        var reference = await TapHarness.RunAsync(simulator, setup);
        var schemas = reference.OfType("SCHEMA").Count();
        foreach (var file in _batches.AllFiles())
        {
            File.Delete(file);
        }

        var interrupted = await TapHarness.RunAsync(simulator, setup with { InterruptAfterLines = schemas + ((reference.Messages.Count - schemas) / 3) });

        interrupted.ExitCode.ShouldBe(1, interrupted.Stderr);
        interrupted.Stderr.ShouldContain("interrupted");
        BatchDirectory.Announced(interrupted).ShouldNotBeEmpty();
        _batches.AllFiles().ShouldBe(BatchDirectory.Announced(interrupted).Order(StringComparer.Ordinal), ignoreOrder: false, "the files left are those announced, and no temporary one");
    }

    [Fact]
    public async Task A_full_table_streams_batches_carry_its_version_and_activate_version_follows_them()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 10, seed: 3);
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), "sla_policies", "ticket_fields");
        Catalogs.Replicate(catalog, "ticket_fields", "FULL_TABLE");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog }.With("batch_config", _batches.Config(batchSize: 2)));

        run.ExitCode.ShouldBe(0, run.Stderr);
        foreach (var stream in new[] { "sla_policies", "ticket_fields" })
        {
            var activation = run.OfType("ACTIVATE_VERSION").Single(m => m["stream"]!.GetValue<string>() == stream);
            var batches = run.OfType("BATCH").Where(m => m["stream"]!.GetValue<string>() == stream).ToList();
            batches.Count.ShouldBeGreaterThan(1, stream);
            batches.ShouldAllBe(b => b["version"]!.GetValue<long>() == activation["version"]!.GetValue<long>());
            run.Messages.IndexOf(batches[^1]).ShouldBeLessThan(run.Messages.IndexOf(activation), stream);
        }
    }

    [Fact]
    public async Task Record_counts_still_count_the_records_written_to_files()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 20, seed: 3);
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), "tickets");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, ExtraArguments = ["--log-format", "json"] }.With("batch_config", _batches.Config()));

        run.ExitCode.ShouldBe(0, run.Stderr);
        var counted = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!)
            .Where(l => (string?)l["message"] == "METRIC" && (string?)l["metric_point"]!["metric"] == "record_count")
            .Sum(l => l["metric_point"]!["value"]!.GetValue<long>());
        counted.ShouldBe(20);
    }

    [Fact]
    public async Task The_connection_test_still_writes_a_record_and_no_file()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 10, seed: 3);
        var catalog = Catalogs.SelectOnly(await Catalogs.FromAFullAccountAsync(), "groups");

        var run = await TapHarness.RunAsync(simulator, new TapSetup { Catalog = catalog, ExtraArguments = ["--test"] }.With("batch_config", _batches.Config()));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Records("groups").Count().ShouldBe(1);
        run.OfType("BATCH").ShouldBeEmpty();
        _batches.AllFiles().ShouldBeEmpty();
    }

    public void Dispose() => _batches.Dispose();

    /// <summary>Each STATE's value with the number of records sent before it.</summary>
    private static List<string> RecordsBeforeEachState(TapOutput run, Func<JsonObject, int> records)
    {
        var sent = 0;
        var states = new List<string>();
        foreach (var message in run.Messages)
        {
            sent += records(message);
            if (message["type"]!.GetValue<string>() == "STATE")
            {
                states.Add($"{sent} records before {message["value"]!.ToJsonString()}");
            }
        }

        return states;
    }

    private static HashSet<(string Stream, string Key)> Identities(TapOutput run)
    {
        var keys = new HashSet<(string, string)>();
        foreach (var batch in run.OfType("BATCH"))
        {
            var stream = batch["stream"]!.GetValue<string>();
            foreach (var uri in batch["manifest"]!.AsArray())
            {
                var path = new Uri(uri!.GetValue<string>()).LocalPath;
                keys.UnionWith(BatchDirectory.ReadLines(path, gzip: true).Select(l => (stream, StreamKinds.Identity(stream, JsonNode.Parse(l)!))));
            }
        }

        return keys;
    }
}
