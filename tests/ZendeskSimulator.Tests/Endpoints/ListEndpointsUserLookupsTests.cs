using System.Net;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Tests.Support;

namespace Zendesk.Simulator.Tests.Endpoints;

/// <summary>Finding users: /users/search, /users?external_id= and /users/show_many.</summary>
public sealed class ListEndpointsUserLookupsTests
{
    private const string Search = "/api/v2/users/search";

    private static string Escaped(string text) => Uri.EscapeDataString(text);

    private static async Task<JsonElement> EndUser(TestAccount account) =>
        (await Writes.Users(account)).First(u => u.Text("role") == "end-user");

    [Fact]
    public async Task A_query_on_email_finds_the_user_whatever_the_case()
    {
        await using var account = await TestAccount.Start();
        var user = await EndUser(account);

        var reply = await account.Get($"{Search}?query={Escaped("email:" + user.Text("email")!.ToUpperInvariant())}");

        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        reply.Items("users").ShouldHaveSingleItem().Long("id").ShouldBe(user.Long("id"));
        reply["count"].GetInt32().ShouldBe(1);
        reply["next_page"].ValueKind.ShouldBe(JsonValueKind.Null);
        reply["previous_page"].ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_bare_email_query_finds_the_user_too()
    {
        await using var account = await TestAccount.Start();
        var user = await EndUser(account);

        var reply = await account.Get($"{Search}.json?query={Escaped(user.Text("email")!)}");

        reply.Items("users").ShouldHaveSingleItem().Long("id").ShouldBe(user.Long("id"));
    }

    [Fact]
    public async Task An_email_nobody_has_finds_nothing()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Get($"{Search}?query={Escaped("email:nobody@nowhere.example")}");

        reply.Status.ShouldBe(HttpStatusCode.OK);
        reply.Items("users").ShouldBeEmpty();
        reply["count"].GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Users_written_through_the_api_are_found_by_their_email_and_a_secondary_one()
    {
        await using var account = await TestAccount.Start();
        var id = (await account.Post("/api/v2/users/create_or_update", """{"user":{"name":"Ann","email":"ann@new.example","external_id":"ann-1"}}"""))["user"].Long("id");
        await account.Post("/api/v2/users/create_or_update", """{"user":{"external_id":"ann-1","email":"ann.second@new.example"}}""");

        var primary = await account.Get($"{Search}?query={Escaped("email:ann@new.example")}");
        var secondary = await account.Get($"{Search}?query={Escaped("email:ANN.SECOND@new.example")}");

        primary.Items("users").ShouldHaveSingleItem().Long("id").ShouldBe(id);
        secondary.Items("users").ShouldHaveSingleItem().Long("id").ShouldBe(id);
    }

    [Fact]
    public async Task The_external_id_parameter_matches_exactly_and_whatever_the_case()
    {
        await using var account = await TestAccount.Start();
        var user = await Writes.EndUserWithExternalId(account);
        var externalId = user.Text("external_id")!;

        var exact = await account.Get($"{Search}?external_id={Escaped(externalId.ToUpperInvariant())}");
        var partial = await account.Get($"{Search}?external_id={Escaped(externalId[..^1])}");

        exact.Items("users").ShouldHaveSingleItem().Long("id").ShouldBe(user.Long("id"));
        partial.Items("users").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_users_list_filters_on_external_id()
    {
        await using var account = await TestAccount.Start();
        var user = await Writes.EndUserWithExternalId(account);

        var reply = await account.Get($"/api/v2/users?external_id={Escaped(user.Text("external_id")!.ToUpperInvariant())}");
        var none = await account.Get("/api/v2/users?external_id=no-such-id");

        reply.Status.ShouldBe(HttpStatusCode.OK, reply.Body);
        reply.Items("users").ShouldHaveSingleItem().Long("id").ShouldBe(user.Long("id"));
        reply["count"].GetInt32().ShouldBe(1);
        none.Items("users").ShouldBeEmpty();
    }

    /// <summary>Every generated user but the owner has an @example.com address; the 3% deactivated ones are not searched.</summary>
    [Fact]
    public async Task Search_answers_offset_pages_of_100_with_links_and_the_count()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Users = 250 });
        var expected = (await Writes.Users(account)).Count(u => u.GetProperty("active").GetBoolean() && u.Text("email")!.EndsWith("@example.com", StringComparison.Ordinal));

        var first = await account.Get($"{Search}?query={Escaped("email:*@example.com")}");
        var all = await Lists.WalkOffset(account, $"{Search}?query={Escaped("email:*@example.com")}", "users");

        first.Items("users").Count.ShouldBe(100);
        first["count"].GetInt32().ShouldBe(expected);
        first["next_page"].GetString()!.ShouldContain("page=2");
        first["next_page"].GetString()!.ShouldContain("query=email%3A%2A%40example.com");
        all.Select(u => u.Long("id")).ShouldBe(all.Select(u => u.Long("id")).Order().Distinct());
        all.Count.ShouldBe(expected);
        all.ShouldAllBe(u => u.Text("email")!.EndsWith("@example.com"));
    }

    [Fact]
    public async Task Search_stops_at_10000_results()
    {
        await using var account = await TestAccount.Start(TestAccount.Small with { Users = 10_500 });

        var last = await account.Get($"{Search}?query=role:end-user&page=100&per_page=100");
        var beyond = await account.Get($"{Search}?query=role:end-user&page=101&per_page=100");

        last.Status.ShouldBe(HttpStatusCode.OK, last.Body);
        last.Items("users").Count.ShouldBe(100);
        last["count"].GetInt32().ShouldBe(10_000);
        last["next_page"].ValueKind.ShouldBe(JsonValueKind.Null);
        beyond.Status.ShouldBe(HttpStatusCode.BadRequest);
        beyond.Json.GetProperty("errors")[0].Text("code").ShouldBe("InvalidPaginationDepth");
    }

    [Fact]
    public async Task Terms_must_all_match_and_names_match_in_part()
    {
        await using var account = await TestAccount.Start();
        var agent = (await Writes.Users(account)).First(u => u.Text("role") == "agent");
        var firstName = agent.Text("name")!.Split(' ')[0];

        var reply = await account.Get($"{Search}?query={Escaped($"role:agent name:{firstName.ToLowerInvariant()}")}");

        var found = reply.Items("users");
        found.Select(u => u.Long("id")).ShouldContain(agent.Long("id"));
        found.ShouldAllBe(u => u.Text("role") == "agent" && u.Text("name")!.Contains(firstName, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Deactivated_users_are_not_found()
    {
        await using var account = await TestAccount.Start();
        var user = await EndUser(account);
        account.Host.Account.Users.Deactivate(user.Long("id"));

        var reply = await account.Get($"{Search}?query={Escaped("email:" + user.Text("email"))}");

        reply.Items("users").ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_without_a_query_is_refused_with_400()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Get(Search);

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
        reply.Json.Text("error").ShouldBe("InvalidValue");
    }

    [Fact]
    public async Task Show_many_answers_the_users_named_by_id_and_by_external_id()
    {
        await using var account = await TestAccount.Start();
        var withExternal = await Writes.EndUserWithExternalId(account);
        var ids = new[] { Ids.UserId(1), Ids.UserId(2) };

        var byIds = await account.Get($"/api/v2/users/show_many?ids={ids[0]},{ids[1]},42");
        var byExternal = await account.Get($"/api/v2/users/show_many.json?external_ids={Escaped(withExternal.Text("external_id")!.ToUpperInvariant())},unknown");

        byIds.Status.ShouldBe(HttpStatusCode.OK, byIds.Body);
        byIds.Items("users").Select(u => u.Long("id")).ShouldBe(ids);
        byExternal.Items("users").ShouldHaveSingleItem().Long("id").ShouldBe(withExternal.Long("id"));
    }

    [Fact]
    public async Task Show_many_leaves_out_deactivated_users_unless_asked()
    {
        await using var account = await TestAccount.Start();
        var id = Ids.UserId(account.Host.Account.Users.Store.Agents + 1);
        account.Host.Account.Users.Deactivate(id);

        var without = await account.Get($"/api/v2/users/show_many?ids={id}");
        var with = await account.Get($"/api/v2/users/show_many?ids={id}&include_deleted=true");

        without.Items("users").ShouldBeEmpty();
        with.Items("users").ShouldHaveSingleItem().GetProperty("active").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Show_many_refuses_an_id_that_is_not_a_number_with_a_whole_400()
    {
        await using var account = await TestAccount.Start();

        var reply = await account.Get($"/api/v2/users/show_many?ids={Ids.UserId(1)},abc");

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
        reply.Body.ShouldBe("""{"error":"InvalidValue","description":"ids: \u0027abc\u0027 is not an integer."}""");
    }

    [Fact]
    public async Task Show_many_takes_at_most_100_ids()
    {
        await using var account = await TestAccount.Start();
        var ids = string.Join(',', Enumerable.Range(0, 101).Select(i => Ids.UserId(i)));

        var reply = await account.Get($"/api/v2/users/show_many?ids={ids}");

        reply.Status.ShouldBe(HttpStatusCode.BadRequest);
    }
}
