using System.Text.Json;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Destination.Calls;
using Zendesk.Singer.Destination.Mapping;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>
/// Creates or updates the users of identify calls: a hundred per background job through
/// <c>users/create_or_update_many</c>, or one request each where the account has bulk imports off.
/// Either way Zendesk matches by email, else by external id, and each user's own result is read.
/// </summary>
internal sealed class UserWriter(ZendeskClient client, JobRunner jobs, UserDirectory users, IFieldCatalog fields, WriterOptions options, ProgramLog log)
{
    private const int JobSize = 100;
    private bool _oneByOne;

    public async Task WriteAsync(IReadOnlyList<InputCall> calls, CancellationToken ct)
    {
        foreach (var wave in Waves.Split(calls, c => Keys(c.Identify!)))
        {
            if (!_oneByOne)
            {
                try
                {
                    await InJobsAsync(wave, ct);
                    continue;
                }
                catch (ZendeskForbiddenException e)
                {
                    _oneByOne = true;
                    log.Warn($"the account does not take users in bulk ({e.ZendeskMessage ?? "HTTP 403"}): users are written one request each, which is slower; ask Zendesk to enable bulk imports");
                }
            }

            await Parallel.ForEachAsync(wave, options.Side(ct), OneAsync);
        }
    }

    private static IEnumerable<string> Keys(IdentifyCall call)
    {
        if (call.Email is { } email)
        {
            yield return "email:" + email;
        }

        if (call.UserId is { } userId)
        {
            yield return "external_id:" + userId;
        }
    }

    private async Task InJobsAsync(List<InputCall> wave, CancellationToken ct)
    {
        var chunks = wave.Chunk(JobSize).ToList();
        var bodies = chunks.Select(chunk => JsonBody.Write(chunk, (w, c) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("users");
            foreach (var call in c)
            {
                UserPayload.Write(w, call.Identify!, fields, options.Verified);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        })).ToList();
        var results = await jobs.RunAsync("/api/v2/users/create_or_update_many", bodies, ct);
        for (var j = 0; j < chunks.Count; j++)
        {
            for (var i = 0; i < chunks[j].Length; i++)
            {
                Settle(chunks[j][i], results[j], i);
            }
        }
    }

    private void Settle(InputCall call, JobResult job, int index)
    {
        if (!job.Completed)
        {
            call.Reject($"Zendesk's job {job.Id} ended {job.Status}: {job.Message ?? "no message"}");
            return;
        }

        if (job.Item(index) is not { } item)
        {
            call.Reject($"Zendesk's job {job.Id} gave no result for this user");
            return;
        }

        var failed = item.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.False
            || Text(item, "status") is "Failed" or "failed";
        if (failed || !item.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.Number)
        {
            call.Reject(ItemErrors.Describe(item, "Zendesk did not create or update the user"));
            return;
        }

        var created = Text(item, "status") is "Created" or "created" || Text(item, "action") is "create";
        Learn(call.Identify!, id.GetInt64());
        call.Done(created ? CallOutcome.Created : CallOutcome.Updated);
    }

    private async ValueTask OneAsync(InputCall call, CancellationToken ct)
    {
        var body = JsonBody.Write(call.Identify!, (w, c) =>
        {
            w.WriteStartObject();
            w.WritePropertyName("user");
            UserPayload.Write(w, c, fields, options.Verified);
            w.WriteEndObject();
        });
        using var reply = await client.SendAsync(ZendeskWrite.Post("/api/v2/users/create_or_update", body, WriteSafety.Idempotent), RequestBudget.Core, ct);
        if (reply.Succeeded && reply.Document?.RootElement.TryGetProperty("user", out var user) == true)
        {
            Learn(call.Identify!, user.GetProperty("id").GetInt64());
            call.Done(reply.StatusCode == 201 ? CallOutcome.Created : CallOutcome.Updated);
            return;
        }

        call.Reject(ItemErrors.Of(reply));
    }

    private void Learn(IdentifyCall call, long id) => users.Learn(call.UserId, call.Email, id);

    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
