using System.Globalization;
using Zendesk.Singer.Destination.Calls;
using Zendesk.Singer.Destination.Mapping;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>
/// Creates or updates the organizations of group calls through <c>organizations/create_or_update</c>,
/// which Zendesk matches by external id (= groupId) and never by name; a group whose traits say
/// <c>deleted: true</c> deletes its organization instead.
/// </summary>
internal sealed class OrganizationWriter(ZendeskClient client, ExternalIdIndex organizations, IFieldCatalog fields, WriterOptions options)
{
    public async Task WriteAsync(IReadOnlyList<InputCall> calls, CancellationToken ct)
    {
        foreach (var wave in Waves.Split(calls, c => [c.Group!.GroupId]))
        {
            await organizations.FindAsync(wave.Where(c => c.Group!.Deleted).Select(c => c.Group!.GroupId), ct);
            await Parallel.ForEachAsync(wave, options.Side(ct), OneAsync);
        }
    }

    private ValueTask OneAsync(InputCall call, CancellationToken ct) => call.Group!.Deleted ? DeleteAsync(call, ct) : UpsertAsync(call, ct);

    private async ValueTask UpsertAsync(InputCall call, CancellationToken ct)
    {
        var body = JsonBody.Write(call.Group!, (w, c) =>
        {
            w.WriteStartObject();
            w.WritePropertyName("organization");
            OrganizationPayload.Write(w, c, fields);
            w.WriteEndObject();
        });
        using var reply = await client.SendAsync(ZendeskWrite.Post("/api/v2/organizations/create_or_update", body, WriteSafety.Idempotent), RequestBudget.Core, ct);
        if (reply.Succeeded && reply.Document?.RootElement.TryGetProperty("organization", out var organization) == true)
        {
            organizations.Learn(call.Group!.GroupId, organization.GetProperty("id").GetInt64());
            call.Done(reply.StatusCode == 201 ? CallOutcome.Created : CallOutcome.Updated);
            return;
        }

        call.Reject(ItemErrors.Of(reply));
    }

    private async ValueTask DeleteAsync(InputCall call, CancellationToken ct)
    {
        if (organizations[call.Group!.GroupId] is not { } id)
        {
            // Already as asked: no organization has that external id.
            call.Done(CallOutcome.Updated);
            return;
        }

        using var reply = await client.SendAsync(ZendeskWrite.Delete($"/api/v2/organizations/{id.ToString(CultureInfo.InvariantCulture)}"), RequestBudget.Core, ct);
        if (reply.Succeeded || reply.StatusCode == 404)
        {
            organizations.Forget(call.Group.GroupId);
            call.Done(CallOutcome.Updated);
            return;
        }

        call.Reject(reply.ErrorText ?? $"HTTP {reply.StatusCode}");
    }
}
