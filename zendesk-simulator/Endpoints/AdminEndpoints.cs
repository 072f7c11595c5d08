using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Faults;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// The simulator's own control API under /__admin (a path Zendesk does not use): the clock,
/// mutations, the change log, faults, settings and the request log. No credentials, no limits.
/// </summary>
internal static partial class AdminEndpoints
{
    public static void Map(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        app.MapGet("/__admin/state", context => State(context, host));
        app.MapPost("/__admin/clock/advance", async context =>
        {
            var body = await Body(context, SimulatorJsonContext.Default.AdminNumber);
            host.Clock.Advance(TimeSpan.FromSeconds(body.Seconds ?? 0));
            await State(context, host);
        });
        app.MapPost("/__admin/tickets", async context =>
        {
            var body = await Body(context, SimulatorJsonContext.Default.AdminNumber);
            var ids = account.Tickets.Create(body.Count ?? 1);
            await Responses.Raw(context, StatusCodes.Status201Created, "{\"ids\":[" + string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]}");
        });
        app.MapPatch("/__admin/tickets/{id:long}", async context =>
        {
            var body = await Body(context, SimulatorJsonContext.Default.AdminTicketChange);
            var change = new TicketChange
            {
                Status = body.Status,
                Priority = body.Priority,
                Subject = body.Subject,
                Type = body.Type,
                Tags = body.Tags,
                AssigneeId = body.AssigneeId,
                Comment = body.Comment,
                PublicComment = body.Public ?? true,
                AuthorId = body.AuthorId,
                CustomFields = body.CustomFields?.ToDictionary(p => long.Parse(p.Key, CultureInfo.InvariantCulture), p => (object?)p.Value),
            };
            await Result(context, account.Tickets.Update(Id(context), change));
        });
        app.MapPost("/__admin/tickets/{id:long}/comments", async context =>
        {
            var body = await Body(context, SimulatorJsonContext.Default.AdminComment);
            await Result(context, account.Tickets.AddComment(Id(context), body.Body, body.Public ?? true, body.AuthorId));
        });
        app.MapPost("/__admin/tickets/{id:long}/system_update", context => Done(context, () => account.Tickets.SystemUpdate(Id(context))));
        app.MapDelete("/__admin/tickets/{id:long}", context => Done(context, () => account.Tickets.Delete(Id(context))));
        app.MapPatch("/__admin/users/{id:long}", async context =>
        {
            var body = await Body(context, SimulatorJsonContext.Default.AdminUserChange);
            account.Users.Update(Id(context), Person(body));
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        app.MapPost("/__admin/users/{id:long}/identities", async context =>
        {
            var body = await Body(context, SimulatorJsonContext.Default.AdminIdentity);
            if (body.Type is { } type && type != "email")
            {
                throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue("type: only email identities can be added"));
            }

            var userId = Id(context);
            var identity = account.Users.AddEmailIdentity(userId, body.Value ?? string.Empty);
            await Responses.Json(
                context,
                account,
                w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("id", identity.Id);
                    w.WriteNumber("user_id", userId);
                    w.WriteString("type", "email");
                    w.WriteString("value", identity.Value);
                    w.WriteEndObject();
                },
                StatusCodes.Status201Created);
        });
        app.MapPost("/__admin/users/{id:long}/deactivate", context => Done(context, () => account.Users.Deactivate(Id(context))));
        app.MapPatch("/__admin/organizations/{id:long}", async context =>
        {
            var body = await Body(context, SimulatorJsonContext.Default.AdminUserChange);
            account.Organizations.Update(Id(context), Person(body));
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        app.MapGet("/__admin/changes", context =>
        {
            var since = QueryArgs.Long(context, "since") ?? 0;
            var json = JsonSerializer.Serialize(account.ChangeLog.Since(since), SimulatorJsonContext.Default.IReadOnlyListChangeRecord);
            return Responses.Raw(context, StatusCodes.Status200OK, json);
        });
        MapControls(app, host);
        MapSunshine(app, host);
    }

    private static PersonChange Person(AdminUserChange body) => new()
    {
        Name = body.Name,
        Notes = body.Notes,
        Details = body.Details,
        Tags = body.Tags,
        Fields = body.Fields?.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
    };

    private static long Id(HttpContext context) => long.Parse(context.Request.RouteValues["id"]!.ToString()!, CultureInfo.InvariantCulture);

    private static async Task<T> Body<T>(HttpContext context, JsonTypeInfo<T> type)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(context.Request.Body, type, context.RequestAborted)
                ?? throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue("the request body is empty"));
        }
        catch (JsonException error)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue($"the request body is not valid: {error.Message}"));
        }
    }

    private static Task Done(HttpContext context, Action action)
    {
        action();
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static Task Result(HttpContext context, MutationResult result) =>
        Responses.Raw(context, StatusCodes.Status200OK, string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"ticket_id\":{result.TicketId},\"audit_id\":{result.AuditId},\"comment_id\":{(result.CommentId is { } c ? c.ToString(CultureInfo.InvariantCulture) : "null")},\"at\":\"{result.At.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\"}}"));

    internal static FaultRule Fault(AdminFault body)
    {
        var kind = body.Kind.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "RATELIMIT" or "429" => FaultKind.RateLimit,
            "SERVERERROR" or "5XX" => FaultKind.ServerError,
            "CONFLICT" or "409" => FaultKind.Conflict,
            "SLOW" => FaultKind.Slow,
            "DROP" => FaultKind.Drop,
            "TRUNCATE" => FaultKind.Truncate,
            "EXPIRETOKENS" => FaultKind.ExpireTokens,
            _ => throw new ApiException(StatusCodes.Status400BadRequest, ErrorBodies.InvalidValue($"kind: unknown fault '{body.Kind}' (rate_limit, server_error, conflict, slow, drop, truncate, expire_tokens)")),
        };
        return new FaultRule(kind, Math.Max(1, body.Count))
        {
            Status = body.Status ?? 503,
            RetryAfterSeconds = body.RetryAfter,
            Delay = TimeSpan.FromMilliseconds(body.DelayMs ?? 0),
            PathPrefix = body.PathPrefix,
            Method = body.Method,
            AfterEffect = body.AfterEffect ?? false,
        };
    }
}
