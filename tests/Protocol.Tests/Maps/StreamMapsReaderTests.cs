using Zendesk.Singer.Protocol.Configuration;
using static Zendesk.Singer.Protocol.Tests.Maps.MapFixtures;

namespace Zendesk.Singer.Protocol.Tests.Maps;

/// <summary>Every expression is parsed when the config is read; errors name the entry and key.</summary>
public sealed class StreamMapsReaderTests
{
    [Theory]
    [InlineData("""{"stream_maps": {"users": {"email": "md6(email)"}}}""", "config file 'config.json': stream_maps.users.email: unknown function \"md6\" at column 1")]
    [InlineData("""{"stream_maps": {"users": {"__filter__": "role =="}}}""", "config file 'config.json': stream_maps.users.__filter__: unexpected end of expression at column 8")]
    [InlineData("""{"stream_maps": {"users": {"email": 5}}}""", "config file 'config.json': stream_maps.users.email: must be an expression (a string) or null")]
    [InlineData("""{"stream_maps": {"users": {"__else__": "keep"}}}""", "config file 'config.json': stream_maps.users.__else__: can only be null (or \"__NULL__\"): every property not named is then left out")]
    [InlineData("""{"stream_maps": {"users": {"__filtre__": "True"}}}""", "config file 'config.json': stream_maps.users.__filtre__: is not a stream map option (they are __alias__, __filter__, __key_properties__, __else__ and __source__)")]
    [InlineData("""{"stream_maps": {"users": {"__key_properties__": "id"}}}""", "config file 'config.json': stream_maps.users.__key_properties__: must be a list of property names (or null for none)")]
    [InlineData("""{"stream_maps": {"users": "keep"}}""", "config file 'config.json': stream_maps.users: must be an object (the stream's map) or null (the stream is dropped)")]
    [InlineData("""{"stream_maps": {"__else__": {}}}""", "config file 'config.json': stream_maps.__else__: can only be null (or \"__NULL__\"): every stream without a map is then left out")]
    [InlineData("""{"stream_maps": {"__other__": null}}""", "config file 'config.json': stream_maps.__other__: is not an option of stream_maps (only __else__ is)")]
    [InlineData("""{"stream_maps": [1]}""", "config file 'config.json': stream_maps: must be an object of stream names to maps")]
    [InlineData("""{"stream_map_config": "seed"}""", "config file 'config.json': stream_map_config: must be an object")]
    [InlineData("""{"stream_maps": {"copy": {"__source__": "users", "__alias__": "x"}}}""", "config file 'config.json': stream_maps.copy.__alias__: cannot go with __source__: the entry's key \"copy\" is the new stream's name")]
    public void An_invalid_map_is_a_config_error_naming_the_entry_and_key(string config, string message)
    {
        Should.Throw<ConfigurationException>(() => Read(config)).Message.ShouldBe(message);
    }

    [Fact]
    public void Null_and_the_null_string_both_remove_and_drop()
    {
        var maps = Read("""{"stream_maps": {"users": {"email": null, "phone": "__NULL__"}, "tickets": "__NULL__", "groups": null}}""");

        maps.Definitions[0].Properties.ShouldAllBe(p => p.Removes);
        maps.Definitions[1].Drops.ShouldBeTrue();
        maps.Definitions[2].Drops.ShouldBeTrue();
    }

    [Fact]
    public void No_stream_maps_is_an_empty_set_that_changes_nothing()
    {
        var maps = Read("""{"subdomain": "acme"}""");

        maps.IsEmpty.ShouldBeTrue();
        maps.Bind("users", UsersSchema, ["id"]).IsUnchanged.ShouldBeTrue();
    }
}
