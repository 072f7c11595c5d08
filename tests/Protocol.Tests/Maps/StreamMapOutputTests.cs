using Zendesk.Singer.Protocol.Maps.Evaluation;
using static Zendesk.Singer.Protocol.Tests.Maps.MapFixtures;

namespace Zendesk.Singer.Protocol.Tests.Maps;

/// <summary>Records through a map: properties set in place, removed, filtered, and failures named.</summary>
public sealed class StreamMapOutputTests
{
    private const string Record = """{"id": 5, "email": "A@B.com", "name": "Ann", "role": "agent", "phone": "123"}""";

    [Fact]
    public void A_property_is_replaced_in_place_new_ones_follow_and_removed_ones_go()
    {
        var output = Bind("""{"stream_maps": {"users": {"email": "email.lower()", "domain": "email.split('@')[-1]", "phone": null}}}""").Outputs.Single();

        Apply(output, Record)!.ToJsonString().ShouldBe("""{"id":5,"email":"a@b.com","name":"Ann","role":"agent","domain":"B.com"}""");
    }

    [Fact]
    public void Expressions_read_the_record_as_it_came_in()
    {
        var output = Bind("""{"stream_maps": {"users": {"name": "email", "email": "name"}}}""").Outputs.Single();

        Apply(output, Record)!.ToJsonString().ShouldBe("""{"id":5,"email":"Ann","name":"A@B.com","role":"agent","phone":"123"}""");
    }

    [Fact]
    public void Else_keeps_only_the_keys_and_the_named_properties()
    {
        var output = Bind("""{"stream_maps": {"users": {"name": "name", "__else__": null}}}""").Outputs.Single();

        Apply(output, Record)!.ToJsonString().ShouldBe("""{"id":5,"name":"Ann"}""");
        output.Schema["properties"]!.AsObject().Select(p => p.Key).ShouldBe(["id", "name"]);
        output.Schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["id"]);
    }

    [Fact]
    public void A_filter_leaves_out_the_records_it_is_false_for()
    {
        var output = Bind("""{"stream_maps": {"users": {"__filter__": "role == 'admin'"}}}""").Outputs.Single();

        Apply(output, Record).ShouldBeNull();
        Apply(output, Record.Replace("agent", "admin", StringComparison.Ordinal)).ShouldNotBeNull();
    }

    [Fact]
    public void Config_values_reach_the_expressions()
    {
        var output = Bind("""{"stream_maps": {"users": {"email": "sha256(config['seed'] + email)"}}, "stream_map_config": {"seed": "s"}}""").Outputs.Single();

        Apply(output, Record)!["email"]!.GetValue<string>().ShouldBe(Evaluate("sha256('sA@B.com')"));
    }

    [Fact]
    public void A_failure_names_the_entry_the_property_the_stream_and_the_record_key()
    {
        var output = Bind("""{"stream_maps": {"users": {"email": "md5(id)"}}}""").Outputs.Single();

        Should.Throw<MapEvaluationException>(() => Apply(output, Record))
            .Message.ShouldBe("stream_maps.users.email: md5() needs a string, not 'int' (use md5(str(...))) (stream \"users\", the record id=5)");
    }

    [Fact]
    public void A_failing_filter_is_named_as_the_filter()
    {
        var output = Bind("""{"stream_maps": {"users": {"__filter__": "id > 'x'"}}}""").Outputs.Single();

        Should.Throw<MapEvaluationException>(() => Apply(output, Record)).Message.ShouldStartWith("stream_maps.users.__filter__: '>' not supported");
    }
}
