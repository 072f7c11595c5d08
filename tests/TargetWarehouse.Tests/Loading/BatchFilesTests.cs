using System.IO.Compression;
using System.Text;
using Zendesk.Singer.Target.Loading;

namespace Zendesk.Singer.Target.Tests.Loading;

public sealed class BatchFilesTests : IDisposable
{
    private static readonly byte[] Line = Encoding.UTF8.GetBytes("{\"id\":1,\"status\":\"open\",\"subject\":\"the same line, which compresses well\"}\n");

    private readonly string _directory = Directory.CreateTempSubdirectory("tw-batch-size-").FullName;

    [Fact]
    public void A_gzip_file_counts_by_the_json_it_holds_not_by_its_compressed_size()
    {
        var path = Path.Combine(_directory, "tickets.jsonl.gz");
        var json = WriteGzipMembers(path, 20_000);

        var counted = BatchFiles.JsonBytes(path, gzip: true);

        (new FileInfo(path).Length * 3).ShouldBeLessThan(json);
        counted.ShouldBe(json);
    }

    [Fact]
    public void A_plain_file_counts_by_its_size()
    {
        var path = Path.Combine(_directory, "tickets.jsonl");
        File.WriteAllBytes(path, [.. Enumerable.Repeat(Line, 100).SelectMany(l => l)]);

        BatchFiles.JsonBytes(path, gzip: false).ShouldBe(100 * Line.Length);
    }

    [Fact]
    public void A_gzip_file_whose_last_member_holds_little_counts_three_times_its_compressed_size()
    {
        var path = Path.Combine(_directory, "members.jsonl.gz");
        WriteGzipMembers(path, 20_000, 1);

        BatchFiles.JsonBytes(path, gzip: true).ShouldBe(3 * new FileInfo(path).Length);
    }

    [Fact]
    public void A_file_that_cannot_be_read_counts_nothing_and_is_left_to_the_load_to_report()
    {
        BatchFiles.JsonBytes(Path.Combine(_directory, "missing.jsonl.gz"), gzip: true).ShouldBe(0);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Writes one gzip member per count of lines, one after the other, as concatenated gzip files are.</summary>
    /// <returns>The JSON written, in bytes.</returns>
    private static long WriteGzipMembers(string path, params int[] lines)
    {
        using var file = File.Create(path);
        foreach (var count in lines)
        {
            using var gzip = new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true);
            for (var i = 0; i < count; i++)
            {
                gzip.Write(Line);
            }
        }

        return lines.Sum() * (long)Line.Length;
    }
}
