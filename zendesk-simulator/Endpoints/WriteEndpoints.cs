using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Jobs;
using Zendesk.Simulator.Json;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// The write endpoints a reverse-ETL destination uses, served through the
/// account's mutations so that every write shows in the exports and lists. Validation failures answer
/// 422 RecordInvalid, unknown records 404, malformed bodies 400; the per-user update limit and the
/// job limit 429 with Retry-After.
/// </summary>
internal static partial class WriteEndpoints
{
    /// <summary>create_or_update_many takes at most this many users.</summary>
    public const int MaxBulkUsers = 100;

    public const string BulkUsersJobType = "bulk_create_or_update_users";

    public static void Map(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Write(app, HttpMethods.Post, "/api/v2/users/create_or_update", i => i with { Scope = "users" }, async context =>
        {
            var input = RequestBody.User(RequestBody.Wrapped(await RequestBody.ReadObject(context), "user"));
            if (account.Users.IdToUpdate(input) is { } userId && host.Limiter.CheckUserUpdate(userId) is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Responses.Raw(context, StatusCodes.Status429TooManyRequests, ErrorBodies.UserUpdateRateLimited, "text/plain; charset=utf-8");
                return;
            }

            var outcome = Guard(() => account.Users.Upsert(input));
            await Record(context, account, "user", outcome.Created, (w, ctx) => UserJson.Write(w, ctx, outcome.Index));
        });

        ApiMap.Write(app, HttpMethods.Post, "/api/v2/users/create_or_update_many", i => i with { Scope = "users" }, async context =>
        {
            if (!host.Settings.BulkImports)
            {
                throw new ApiException(StatusCodes.Status403Forbidden, ErrorBodies.BulkImportsDisabled);
            }

            var inputs = BulkUsers(await RequestBody.ReadObject(context));
            var job = host.Jobs.TryEnqueue(BulkUsersJobType, inputs.Count, () => UpsertAll(account, inputs), limited: host.Settings.RateLimits);
            if (job is null)
            {
                // A slot frees when the oldest job completes; one second is a hint, not a promise.
                context.Response.Headers.RetryAfter = "1";
                throw new ApiException(StatusCodes.Status429TooManyRequests, ErrorBodies.TooManyJobs);
            }

            // The answer shows the job as queued, as Zendesk's does, even if its time has already come.
            await JobEndpoints.Write(context, account, job, JobView.Queued);
        });

        MapOrganizations(app, host);
        MapUserMemberships(app, host);
        MapFields(app, host);
    }

    /// <summary>Runs a write, turning the account's refusals into Zendesk's 422 and 404 answers.</summary>
    internal static T Guard<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        catch (RecordInvalidException invalid)
        {
            throw new ApiException(StatusCodes.Status422UnprocessableEntity, ErrorBodies.RecordInvalid(invalid.Field, invalid.Description, invalid.Code));
        }
        catch (RecordMissingException)
        {
            throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
        }
    }

    /// <summary>Answers {"<paramref name="key"/>": {...}} with 201 for a new record, 200 for an updated one.</summary>
    private static Task Record(HttpContext context, Account account, string key, bool created, Action<Utf8JsonWriter, RenderContext> write)
    {
        var ctx = new RenderContext(account, Links.BaseUrl(context));
        return Responses.Json(
            context,
            account,
            w =>
            {
                w.WriteStartObject();
                w.WritePropertyName(key);
                write(w, ctx);
                w.WriteEndObject();
            },
            created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static List<UserInput> BulkUsers(JsonElement body)
    {
        if (!body.TryGetProperty("users", out var users) || users.ValueKind != JsonValueKind.Array)
        {
            throw RequestBody.Bad("Parameter users is missing or is not a list.");
        }

        if (users.GetArrayLength() > MaxBulkUsers)
        {
            throw RequestBody.Bad($"Too many users: at most {MaxBulkUsers} can be created or updated in one request.");
        }

        return [.. users.EnumerateArray().Select(user => user.ValueKind == JsonValueKind.Object ? RequestBody.User(user) : throw RequestBody.Bad("Each of users must be an object."))];
    }

    // The job's work: each user on its own, a refused one failing alone (the shapes: JobResult).
    private static List<JobResult> UpsertAll(Account account, IReadOnlyList<UserInput> inputs)
    {
        var results = new List<JobResult>(inputs.Count);
        for (var index = 0; index < inputs.Count; index++)
        {
            var input = inputs[index];
            var existing = account.Users.IdToUpdate(input);
            try
            {
                var outcome = account.Users.Upsert(input);
                results.Add(new JobResult
                {
                    Index = index,
                    Id = outcome.Id,
                    Action = outcome.Created ? null : "update",
                    Status = outcome.Created ? "Created" : "Updated",
                    Success = true,
                    Email = input.Email,
                    ExternalId = input.ExternalId,
                });
            }
            catch (RecordInvalidException invalid)
            {
                results.Add(new JobResult
                {
                    Index = index,
                    Id = existing,
                    Action = existing is null ? null : "update",
                    Status = "Failed",
                    Success = false,
                    Error = invalid.Code,
                    Details = invalid.Description,
                    Email = input.Email,
                    ExternalId = input.ExternalId,
                });
            }
        }

        return results;
    }
}
