using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;
using Zendesk.Simulator.Paging;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Reading events back, oldest first, in cursor pages of page[size] (Zendesk documents no size; at
/// most 100 here) filtered by filter[source], filter[type] (with a source), filter[start_time] and
/// filter[end_time] on created_at. The page is {"events","links":[{"next"}],"meta":{"after_cursor","has_more"}},
/// links being a list as in Zendesk's reference.
/// </summary>
internal static partial class EventEndpoints
{
    public const int MaxPageSize = 100;

    private static void MapReads(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Get(app, "/api/v2/user_profiles/events", i => i with { Scope = "users", Feature = PlanRules.Profiles }, context =>
        {
            var parts = (QueryArgs.Text(context, "identifier") ?? string.Empty).Split(':', 4);
            if (parts.Length < 4 || parts.Any(p => p.Length == 0))
            {
                throw Invalid("identifier must be source:type:identifier_type:identifier_value.");
            }

            var identifier = new ProfileIdentifier(parts[2], parts[3]);
            return Page(context, account, "/api/v2/user_profiles/events.json", () =>
                account.Sunshine.FindProfile(parts[0], parts[1], identifier) is { } profile
                    ? e => e.ProfileId == profile.Id
                    : throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.SunshineNotFound("Profile not found")));
        });

        ApiMap.Get(app, "/api/v2/users/{user_id:long}/events", i => i with { Scope = "users", Feature = PlanRules.Profiles }, context =>
        {
            var userId = ListEndpoints.RouteId(context, "user_id");
            if (account.Users.Store.IndexOf(userId) < 0)
            {
                throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.SunshineNotFound("User not found"));
            }

            return Page(context, account, $"/api/v2/users/{userId}/events.json", () => e => e.UserId == userId);
        });
    }

    /// <summary>Writes a page of the events <paramref name="select"/> picks (chosen under the read lock).</summary>
    private static Task Page(HttpContext context, Account account, string linkPath, Func<Func<ProfileEvent, bool>> select)
    {
        var filter = Filter(context);
        var size = Math.Clamp(QueryArgs.Int(context, "page[size]") ?? MaxPageSize, 1, MaxPageSize);
        var after = QueryArgs.Text(context, "page[after]");
        long afterKey = -1;
        if (after is not null && !Cursors.TryList(after, out afterKey))
        {
            throw Invalid("page[after] is not a valid cursor.");
        }

        using (account.Read())
        {
            // Resolving the profile first lets a 404 go out before the response starts.
            var picked = select();
            return Responses.Json(context, account, w =>
            {
                var events = account.Sunshine.Events;
                var page = new List<int>(size);
                var hasMore = false;
                for (var serial = (int)Math.Min(afterKey + 1, int.MaxValue); serial < events.Count; serial++)
                {
                    if (!picked(events[serial]) || !filter(events[serial]))
                    {
                        continue;
                    }

                    if (page.Count == size)
                    {
                        hasMore = true;
                        break;
                    }

                    page.Add(serial);
                }

                var cursor = page.Count > 0 ? Cursors.List(page[^1]) : null;
                w.WriteStartObject();
                w.WriteStartArray("events");
                foreach (var serial in page)
                {
                    SunshineEventJson.Write(w, events[serial]);
                }

                w.WriteEndArray();
                w.WriteStartArray("links");
                if (hasMore)
                {
                    w.WriteStartObject();
                    w.WriteString("next", Links.Build(context, linkPath, new Dictionary<string, string> { ["page[after]"] = cursor! }));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartObject("meta");
                w.StringOrNull("after_cursor", cursor);
                w.WriteBoolean("has_more", hasMore);
                w.WriteEndObject();
                w.WriteEndObject();
            });
        }
    }

    private static Func<ProfileEvent, bool> Filter(HttpContext context)
    {
        var source = QueryArgs.Text(context, "filter[source]");
        var type = QueryArgs.Text(context, "filter[type]");
        if (type is not null && source is null)
        {
            throw Invalid("filter[type] needs filter[source].");
        }

        var start = FilterTime(context, "filter[start_time]", "StartTimestampNotValid", "Start Timestamp not valid");
        var end = FilterTime(context, "filter[end_time]", "EndTimestampNotValid", "End Timestamp not valid");
        return e => (source is null || e.Source == source) && (type is null || e.Type == type)
            && (start is null || e.CreatedAt >= start) && (end is null || e.CreatedAt <= end);
    }

    private static DateTimeOffset? FilterTime(HttpContext context, string name, string code, string title)
    {
        var text = QueryArgs.Text(context, name);
        return text is null ? null : Time(text) ?? throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.SunshineTimestamp(code, title));
    }
}
