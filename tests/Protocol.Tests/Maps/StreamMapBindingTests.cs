using Zendesk.Singer.Protocol.Maps;
using static Zendesk.Singer.Protocol.Tests.Maps.MapFixtures;

namespace Zendesk.Singer.Protocol.Tests.Maps;

/// <summary>Which entries apply to a stream, and what it comes out as.</summary>
public sealed class StreamMapBindingTests
{
    [Fact]
    public void An_alias_renames_the_stream_and_keeps_its_records()
    {
        var mapped = Bind("""{"stream_maps": {"users": {"__alias__": "people"}}}""");

        mapped.Outputs.Select(o => o.Name).ShouldBe(["people"]);
        mapped.IsUnchanged.ShouldBeFalse();
        mapped.KeepsRecords.ShouldBeTrue();
    }

    [Fact]
    public void An_alias_expression_of_the_stream_name_names_each_stream_a_pattern_matches()
    {
        var maps = Read("""{"stream_maps": {"*": {"__alias__": "'zd_' + __stream_name__"}}}""");

        maps.Bind("users", UsersSchema, ["id"]).Outputs.Single().Name.ShouldBe("zd_users");
        maps.Bind("tickets", UsersSchema, ["id"]).Outputs.Single().Name.ShouldBe("zd_tickets");
    }

    [Fact]
    public void A_null_map_drops_the_stream()
    {
        Bind("""{"stream_maps": {"users": null}}""").Outputs.ShouldBeEmpty();
    }

    [Fact]
    public void The_top_level_else_drops_every_stream_no_entry_names()
    {
        var maps = Read("""{"stream_maps": {"users": {}, "__else__": null}}""");

        maps.Bind("users", UsersSchema, ["id"]).Outputs.Select(o => o.Name).ShouldBe(["users"]);
        maps.Bind("tickets", UsersSchema, ["id"]).Outputs.ShouldBeEmpty();
    }

    [Fact]
    public void Entries_apply_in_order_so_the_last_match_wins_even_over_an_exact_name()
    {
        var maps = Read("""{"stream_maps": {"users": {"__alias__": "exact"}, "u*": {"__alias__": "pattern"}}}""");
        var reversed = Read("""{"stream_maps": {"u*": {"__alias__": "pattern"}, "users": {"__alias__": "exact"}}}""");

        maps.Bind("users", UsersSchema, ["id"]).Outputs.Single().Name.ShouldBe("pattern");
        reversed.Bind("users", UsersSchema, ["id"]).Outputs.Single().Name.ShouldBe("exact");
        maps.Bind("tickets", UsersSchema, ["id"]).IsUnchanged.ShouldBeTrue();
    }

    [Fact]
    public void A_pattern_without_an_alias_keeps_each_stream_its_name()
    {
        var mapped = Bind("""{"stream_maps": {"use?s": {"phone": null}}}""");

        mapped.Outputs.Single().Name.ShouldBe("users");
        mapped.Outputs.Single().Schema["properties"]!.AsObject().ContainsKey("phone").ShouldBeFalse();
    }

    [Fact]
    public void A_source_entry_adds_a_stream_made_from_another_beside_the_stream_itself()
    {
        var mapped = Bind("""
            {"stream_maps": {
                "users": {"email": null},
                "users_pii": {"__source__": "users", "email": "email", "__else__": null}}}
            """);

        mapped.Outputs.Select(o => o.Name).ShouldBe(["users", "users_pii"]);
        var record = """{"id": 1, "email": "a@b.c", "name": "A"}""";
        Apply(mapped.Outputs[0], record)!.ToJsonString().ShouldBe("""{"id":1,"name":"A"}""");
        Apply(mapped.Outputs[1], record)!.ToJsonString().ShouldBe("""{"id":1,"email":"a@b.c"}""");
    }

    [Fact]
    public void A_source_entry_still_copies_a_stream_whose_own_map_drops_it()
    {
        var mapped = Bind("""{"stream_maps": {"users": null, "people": {"__source__": "users"}}}""");

        mapped.Outputs.Select(o => o.Name).ShouldBe(["people"]);
    }

    [Fact]
    public void Removing_a_key_property_without_new_keys_is_refused()
    {
        Should.Throw<MapConfigurationException>(() => Bind("""{"stream_maps": {"users": {"id": null}}}"""))
            .Message.ShouldBe("stream_maps.users.id: \"id\" is a key property of stream \"users\"; to remove it, give the new keys in __key_properties__ (an empty list for none)");
    }

    [Fact]
    public void New_keys_replace_the_old_and_must_be_properties_of_the_mapped_stream()
    {
        var mapped = Bind("""{"stream_maps": {"users": {"id": null, "user_key": "md5(str(id))", "__key_properties__": ["user_key"]}}}""");

        mapped.Outputs.Single().KeyProperties.ShouldBe(["user_key"]);
        Should.Throw<MapConfigurationException>(() => Bind("""{"stream_maps": {"users": {"__key_properties__": ["nope"]}}}"""))
            .Message.ShouldBe("stream_maps.users.__key_properties__: the key property \"nope\" is not a property of the mapped stream \"users\"");
    }

    [Fact]
    public void Hashing_a_key_keeps_it_the_key_and_no_keys_is_allowed()
    {
        Bind("""{"stream_maps": {"users": {"id": "md5(str(id))"}}}""").Outputs.Single().KeyProperties.ShouldBe(["id"]);
        Bind("""{"stream_maps": {"users": {"id": null, "__key_properties__": null}}}""").Outputs.Single().KeyProperties.ShouldBeEmpty();
    }

    [Fact]
    public void Bookmark_properties_the_map_removes_are_left_out()
    {
        var schema = (System.Text.Json.Nodes.JsonObject)UsersSchema.DeepClone();
        schema["properties"]!["updated_at"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "string" };
        var maps = Read("""{"stream_maps": {"users": {"updated_at": null}, "people": {"__source__": "users"}}}""");

        var mapped = maps.Bind("users", schema, ["id"], ["updated_at"]);

        mapped.Outputs[0].BookmarkProperties.ShouldBeEmpty();
        mapped.Outputs[1].BookmarkProperties.ShouldBe(["updated_at"]);
    }
}
