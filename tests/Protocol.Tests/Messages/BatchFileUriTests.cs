using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Protocol.Tests.Messages;

public sealed class BatchFileUriTests
{
    [Theory]
    [InlineData("file:///data/x.json.gz", "/data/x.json.gz")]
    [InlineData("file://data/x.json.gz", "data/x.json.gz")]
    [InlineData("file://localhost/data/x.json.gz", "/data/x.json.gz")]
    [InlineData("file:///my%20batches/x.json.gz", "/my batches/x.json.gz")]
    [InlineData("/data/x.json.gz", "/data/x.json.gz")]
    [InlineData("file://", "")]
    public void A_local_uri_or_path_names_its_path(string uri, string path) => BatchFileUri.LocalPath(uri).ShouldBe(path);

    [Fact]
    public void Another_scheme_names_no_local_path() => BatchFileUri.LocalPath("s3://bucket/x.json.gz").ShouldBeNull();

    [Fact]
    public void The_uri_a_tap_writes_reads_back_as_its_path() =>
        BatchFileUri.LocalPath(BatchFileUri.Of("/tmp/my batches/tickets-1.json.gz")).ShouldBe("/tmp/my batches/tickets-1.json.gz");
}
