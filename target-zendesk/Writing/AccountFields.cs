using System.Text.Json;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Destination.Calls;
using Zendesk.Singer.Destination.Mapping;
using Zendesk.Singer.Http;

namespace Zendesk.Singer.Destination.Writing;

/// <summary>
/// The account's user and organization field keys, read once. A custom trait whose key the account
/// lacks is reported once per key and left out, or, when the config says so, creates its field.
/// </summary>
internal sealed class AccountFields(ZendeskClient client, ProgramLog log, bool createMissing) : IFieldCatalog
{
    private readonly Dictionary<FieldOwner, HashSet<string>?> _keys = [];
    private readonly HashSet<(FieldOwner, string)> _reported = [];

    public bool Has(FieldOwner owner, string key) => _keys.GetValueOrDefault(owner)?.Contains(key) == true;

    /// <summary>Reads the keys of <paramref name="owner"/>'s fields on first need, and creates or reports those <paramref name="traits"/> lack.</summary>
    public async Task PrepareAsync(FieldOwner owner, IEnumerable<CustomTrait> traits, CancellationToken ct)
    {
        var wanted = traits.Where(t => CustomFields.IsScalar(t.Value)).DistinctBy(t => t.FieldKey).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        if (!_keys.TryGetValue(owner, out var keys))
        {
            keys = await ReadKeysAsync(owner, ct);
            _keys[owner] = keys;
        }

        if (keys is null)
        {
            return;
        }

        foreach (var trait in wanted.Where(t => !keys.Contains(t.FieldKey)))
        {
            if (createMissing && await CreateAsync(owner, trait, ct))
            {
                keys.Add(trait.FieldKey);
            }
            else if (_reported.Add((owner, trait.FieldKey)))
            {
                log.Warn(
                    $"the account has no {Noun(owner)} field with the key \"{trait.FieldKey}\": the trait \"{trait.Name}\" is left out (set {Configuration.DestinationSettings.CreateMissingFields} to create such fields)");
            }
        }
    }

    private async Task<HashSet<string>?> ReadKeysAsync(FieldOwner owner, CancellationToken ct)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await foreach (var field in CursorPages.ItemsAsync(client, $"/api/v2/{Path(owner)}", Path(owner), ct))
            {
                keys.Add(field.GetProperty("key").GetString()!);
            }
        }
        catch (ZendeskForbiddenException e)
        {
            log.Warn($"the account's plan has no custom {Noun(owner)} fields ({e.ZendeskMessage ?? "HTTP 403"}): custom traits are left out");
            return null;
        }

        return keys;
    }

    private async Task<bool> CreateAsync(FieldOwner owner, CustomTrait trait, CancellationToken ct)
    {
        var wrapper = owner == FieldOwner.User ? "user_field" : "organization_field";
        var body = JsonBody.Write(trait, (w, t) =>
        {
            w.WriteStartObject();
            w.WriteStartObject(wrapper);
            w.WriteString("type", FieldType(t.Value));
            w.WriteString("key", t.FieldKey);
            w.WriteString("title", t.Name);
            w.WriteEndObject();
            w.WriteEndObject();
        });

        using var reply = await SendCreateAsync(owner, trait, body, ct);
        if (reply is null)
        {
            return false;
        }

        if (reply.Succeeded)
        {
            log.Info($"created the {Noun(owner)} field \"{trait.FieldKey}\" ({FieldType(trait.Value)})");
            return true;
        }

        if (reply.StatusCode == 422 && (await ReadKeysAsync(owner, ct))?.Contains(trait.FieldKey) == true)
        {
            // An earlier attempt whose answer was lost created it after all.
            return true;
        }

        if (_reported.Add((owner, trait.FieldKey)))
        {
            log.Warn($"Zendesk refused to create the {Noun(owner)} field \"{trait.FieldKey}\" (HTTP {reply.StatusCode}): {reply.ErrorText}; the trait \"{trait.Name}\" is left out");
        }

        return false;
    }

    /// <returns>Zendesk's reply, or null when the account or user may not create fields (reported once per key).</returns>
    private async Task<ZendeskReply?> SendCreateAsync(FieldOwner owner, CustomTrait trait, byte[] body, CancellationToken ct)
    {
        try
        {
            // A second create of the same key is refused (422), never doubled.
            return await client.SendAsync(ZendeskWrite.Post($"/api/v2/{Path(owner)}", body, WriteSafety.Idempotent), RequestBudget.Core, ct);
        }
        catch (ZendeskForbiddenException e)
        {
            // Creating fields is a convenience: without the right to, the trait is left out as without the setting.
            if (_reported.Add((owner, trait.FieldKey)))
            {
                log.Warn($"Zendesk does not let this account or user create {Noun(owner)} fields ({e.ZendeskMessage ?? "HTTP 403"}): the trait \"{trait.Name}\" is left out");
            }

            return null;
        }
    }

    private static string FieldType(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "checkbox",
        JsonValueKind.Number when value.TryGetInt64(out _) => "integer",
        JsonValueKind.Number => "decimal",
        _ => "text",
    };

    private static string Path(FieldOwner owner) => owner == FieldOwner.User ? "user_fields" : "organization_fields";

    private static string Noun(FieldOwner owner) => owner == FieldOwner.User ? "user" : "organization";
}
