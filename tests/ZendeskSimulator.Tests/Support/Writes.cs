using System.Globalization;
using System.Text.Json;

namespace Zendesk.Simulator.Tests.Support;

/// <summary>Requests and look-ups the write tests share.</summary>
internal static class Writes
{
    public static Task<Reply> Post(this TestAccount account, string path, string json) => account.Send(HttpMethod.Post, path, json);

    public static Task<Reply> Delete(this TestAccount account, string path) => account.Send(HttpMethod.Delete, path);

    /// <summary>Every user as /api/v2/users lists them (small accounts only).</summary>
    public static async Task<List<JsonElement>> Users(TestAccount account) =>
        await Lists.WalkOffset(account, "/api/v2/users", "users");

    /// <summary>A generated end-user that has an external id, as the API renders it.</summary>
    public static async Task<JsonElement> EndUserWithExternalId(TestAccount account) =>
        (await Users(account)).First(u => u.Text("role") == "end-user" && u.GetProperty("external_id").ValueKind == JsonValueKind.String);

    /// <summary>The users the export returns from <paramref name="since"/> on, after moving the clock past the freshness floor.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ExportedUsersSince(TestAccount account, long since)
    {
        account.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        return (await account.Get($"/api/v2/incremental/users.json?start_time={since}")).Items("users");
    }

    public static long Epoch(this JsonElement element, string property) =>
        DateTimeOffset.Parse(element.Text(property)!, CultureInfo.InvariantCulture).ToUnixTimeSeconds();
}
