using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Serialization;

namespace Zendesk.Singer.Protocol.Tests.Configuration;

public sealed class JsonFilesTests
{
    [Fact]
    public void Names_a_missing_file()
    {
        Should.Throw<ConfigurationException>(() => JsonFiles.ReadDocument("/nonexistent/state.json", "state"))
            .Message.ShouldBe("state file '/nonexistent/state.json' does not exist");
    }

    [Fact]
    public void Names_the_line_and_column_of_invalid_json()
    {
        using var file = TempFile.With("{\n  \"subdomain\": \"acme\"\n  \"email\": \"a@b.c\"\n}");

        Should.Throw<ConfigurationException>(() => JsonFiles.ReadDocument(file.Path, "config"))
            .Message.ShouldBe($"config file '{file.Path}' is not valid JSON (line 3, column 3)");
    }

    [Fact]
    public void Accepts_comments_and_trailing_commas_that_people_leave_in_hand_edited_files()
    {
        using var file = TempFile.With("{\n // note\n \"a\": 1,\n}");

        using var document = JsonFiles.ReadDocument(file.Path, "config");

        document.RootElement.GetProperty("a").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Names_the_place_of_a_catalog_value_of_the_wrong_type()
    {
        using var file = TempFile.With("""{"streams": [{"tap_stream_id": 5}]}""");

        var error = Should.Throw<ConfigurationException>(() => JsonFiles.Read(file.Path, "catalog", ProtocolJsonContext.Default.SingerCatalog));

        error.Message.ShouldStartWith($"catalog file '{file.Path}' could not be read (line 1, column");
        error.Message.ShouldContain("$.streams[0].tap_stream_id");
    }
}
