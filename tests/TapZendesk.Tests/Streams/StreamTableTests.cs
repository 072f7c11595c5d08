using Zendesk.Singer.Connection;
using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Catalog;
using Zendesk.Singer.Tap.Configuration;
using Zendesk.Singer.Tap.Discovery;
using Zendesk.Singer.Tap.Streams;

namespace Zendesk.Singer.Tap.Tests.Streams;

public sealed class StreamTableTests
{
    public static TheoryData<string> Streams => [.. StreamTable.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Streams))]
    public void Every_stream_has_a_schema_holding_its_keys_and_replication_key(string name)
    {
        var stream = StreamTable.Get(name);

        var properties = SchemaLibrary.Load(name)["properties"].ShouldBeOfType<JsonObject>();

        foreach (var key in stream.Keys)
        {
            properties.ContainsKey(key).ShouldBeTrue($"{name}: key {key} is not in the schema");
        }

        if (stream.ReplicationKey is { } replicationKey)
        {
            properties.ContainsKey(replicationKey).ShouldBeTrue($"{name}: replication key {replicationKey} is not in the schema");
        }
    }

    [Fact]
    public void Names_are_unique()
    {
        StreamTable.All.Select(s => s.Name).ShouldBeUnique();
    }

    [Fact]
    public void Every_parent_is_a_stream_of_the_table()
    {
        foreach (var stream in StreamTable.All.Append(StreamTable.PerTicketComments).Where(s => s.Parent is not null))
        {
            StreamTable.Find(stream.Parent!).ShouldNotBeNull($"{stream.Name}: parent {stream.Parent} does not exist");
        }
    }

    [Fact]
    public void The_schema_folder_has_no_schema_without_a_stream()
    {
        SchemaLibrary.StreamNames.ShouldBe(StreamTable.All.Select(s => s.Name).Order(StringComparer.Ordinal), ignoreOrder: false);
    }

    [Fact]
    public void Incremental_streams_have_a_replication_key_and_full_table_streams_none()
    {
        foreach (var stream in StreamTable.All)
        {
            (stream.ReplicationKey is not null).ShouldBe(stream.ReplicationMethod == ReplicationMethods.Incremental, stream.Name);
        }
    }

    [Fact]
    public void Streams_with_requests_of_their_own_have_a_path_and_children_of_the_parent_none()
    {
        foreach (var stream in StreamTable.All)
        {
            (stream.Path.Length > 0).ShouldBe(stream.Paging != PagingStyle.Parent, stream.Name);
        }
    }

    [Fact]
    public void Per_ticket_comments_replace_the_event_comments_only_when_configured()
    {
        var perTicket = Config(TicketChildSource.PerTicket);
        var fromEvents = Config(TicketChildSource.TicketEvents);

        StreamTable.Resolve("ticket_comments", perTicket).Parent.ShouldBe("tickets");
        StreamTable.Resolve("ticket_comments", fromEvents).Parent.ShouldBe("ticket_events");
        StreamTable.ChildrenOf("tickets", perTicket).Select(s => s.Name).ShouldContain("ticket_comments");
        StreamTable.ChildrenOf("tickets", fromEvents).Select(s => s.Name).ShouldNotContain("ticket_comments");
    }

    [Fact]
    public void Event_audits_replace_the_per_ticket_audits_only_when_configured()
    {
        var perTicket = Config(TicketChildSource.TicketEvents);
        var fromEvents = Config(TicketChildSource.TicketEvents) with { AuditsSource = TicketChildSource.TicketEvents };

        StreamTable.Resolve("ticket_audits", perTicket).Parent.ShouldBe("tickets");
        StreamTable.Resolve("ticket_audits", fromEvents).Parent.ShouldBe("ticket_events");
        StreamTable.ChildrenOf("ticket_events", fromEvents).Select(s => s.Name).ShouldContain("ticket_audits");
        StreamTable.ChildrenOf("tickets", fromEvents).Select(s => s.Name).ShouldNotContain("ticket_audits");
    }

    private static TapConfig Config(TicketChildSource source) => new()
    {
        Connection = new ZendeskConnection { BaseUri = new Uri("https://acme.zendesk.com"), Scope = "read" },
        StartDate = DateTimeOffset.UnixEpoch,
        CommentsSource = source,
    };
}
