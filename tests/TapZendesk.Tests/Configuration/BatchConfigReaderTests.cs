using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Protocol.Cli;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Tap.Tests.Fixtures;

namespace Zendesk.Singer.Tap.Tests.Configuration;

/// <summary><c>batch_config</c> in the Meltano SDK's shape, and every value the tap cannot honour refused naming its key.</summary>
public sealed class BatchConfigReaderTests
{
    private readonly StringWriter _stderr = new();

    [Fact]
    public void Without_batch_config_a_sync_writes_record_messages()
    {
        Read("""{"subdomain":"acme","access_token":"oauth-123456"}""").ShouldBeNull();
    }

    [Fact]
    public void Fills_in_gzip_no_prefix_and_the_sdks_batch_size()
    {
        var batch = Read("""{"subdomain":"acme","access_token":"oauth-123456","batch_config":{"storage":{"root":"file:///data/batches"}}}""")!;

        batch.Root.ShouldBe("/data/batches");
        batch.Gzip.ShouldBeTrue();
        batch.Encoding.Compression.ShouldBe("gzip");
        batch.Encoding.Format.ShouldBe("jsonl");
        batch.Prefix.ShouldBeEmpty();
        batch.BatchSize.ShouldBe(10_000);
        batch.Extension.ShouldBe(".json.gz");
    }

    [Fact]
    public void Reads_every_key_given()
    {
        var batch = Read("""
            {"subdomain":"acme","access_token":"oauth-123456","batch_config":{
              "encoding":{"format":"jsonl","compression":"none"},"storage":{"root":"/data/my%20batches","prefix":"zd-"},"batch_size":"500"}}
            """)!;

        batch.Gzip.ShouldBeFalse();
        batch.Extension.ShouldBe(".json");
        batch.Prefix.ShouldBe("zd-");
        batch.BatchSize.ShouldBe(500);
        batch.Root.ShouldBe("/data/my%20batches", "a plain path is taken as it is");
        _stderr.ToString().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("file://batches/out", "batches/out")]
    [InlineData("batches/out", "batches/out")]
    [InlineData("file:///srv/my%20batches", "/srv/my batches")]
    [InlineData("file://localhost/srv/batches", "/srv/batches")]
    public void Takes_a_file_uri_or_a_path_relative_to_the_working_directory(string root, string path)
    {
        var batch = Read("{\"subdomain\":\"acme\",\"access_token\":\"oauth-123456\",\"batch_config\":{\"storage\":{\"root\":\"" + root + "\"}}}")!;

        batch.Root.ShouldBe(Path.GetFullPath(path));
    }

    [Fact]
    public void Warns_about_keys_it_does_not_know_naming_them()
    {
        Read("""{"subdomain":"acme","access_token":"oauth-123456","batch_config":{"storage":{"root":"/b","region":"eu"},"max_files":3}}""");

        _stderr.ToString().ShouldContain("max_files");
        _stderr.ToString().ShouldContain("region");
    }

    [Theory]
    [InlineData("""{"encoding":{"format":"parquet"},"storage":{"root":"/b"}}""", "batch_config.encoding.format")]
    [InlineData("""{"encoding":{"format":"jsonl","compression":"snappy"},"storage":{"root":"/b"}}""", "batch_config.encoding.compression")]
    [InlineData("""{"storage":{"root":"s3://bucket/batches"}}""", "batch_config.storage.root")]
    [InlineData("""{"encoding":{"format":"jsonl"}}""", "batch_config.storage.root")]
    [InlineData("""{"storage":{"root":"/b","prefix":"a/b-"}}""", "batch_config.storage.prefix")]
    [InlineData("""{"storage":{"root":"/b"},"batch_size":0}""", "batch_config.batch_size")]
    [InlineData("""{"storage":{"root":"/b"},"batch_size":"many"}""", "batch_config.batch_size")]
    [InlineData("""{"storage":"/b"}""", "batch_config.storage")]
    [InlineData("\"/b\"", "batch_config")]
    public async Task A_value_the_tap_cannot_honour_is_a_config_error_naming_the_key(string batchConfig, string key)
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);

        var run = await TapHarness.RunAsync(simulator, new TapSetup().With("batch_config", JsonNode.Parse(batchConfig)));

        run.ExitCode.ShouldBe(2, run.Stderr);
        run.Stderr.ShouldContain($"\"{key}\"");
        run.Text.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_root_the_tap_cannot_write_to_is_a_config_error_before_any_request()
    {
        await using var simulator = await Simulators.StartAsync(tickets: 5);
        var blocker = Path.GetTempFileName();
        try
        {
            simulator.Requests.Reset();
            var run = await TapHarness.RunAsync(simulator, new TapSetup().With("batch_config", new JsonObject { ["storage"] = new JsonObject { ["root"] = Path.Combine(blocker, "batches") } }));

            run.ExitCode.ShouldBe(2, run.Stderr);
            run.Stderr.ShouldContain("\"batch_config.storage.root\"");
            simulator.Requests.Total.ShouldBe(0);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    private BatchConfig? Read(string json)
    {
        var time = new FakeTimeProvider();
        return TapConfigReader.Read(ConfigFile.FromJson("c.json", json), new ProgramLog(_stderr, LogFormat.Text, time), time).Batch;
    }
}
