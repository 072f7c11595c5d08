using System.Globalization;
using System.Text.RegularExpressions;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// The account's user and organization field definitions: the generated ones, then those created
/// through the API. A created field shows in its list at once, and records take values for its key
/// from then on (null until written); a key no definition has is ignored on write, as Zendesk ignores
/// it. Each list is replaced whole when a field is added, so a page being rendered reads one list or
/// the other, never half of a change.
/// </summary>
internal sealed partial class CustomFieldRecords(AccountLock gate, SimulatedClock clock, Catalog catalog)
{
    /// <summary>
    /// The types a field can be created with here. Zendesk also has dropdown, multiselect and lookup,
    /// which need options or a relationship; the simulator refuses those rather than half-serve them.
    /// </summary>
    public static readonly IReadOnlyList<string> Types = ["text", "textarea", "checkbox", "date", "integer", "decimal", "regexp"];

    private FieldDefinition[] _user = [.. Fields.User];
    private FieldDefinition[] _organization = [.. Fields.Organization];
    private CatalogItem[] _userItems = [.. catalog.UserFields];
    private CatalogItem[] _organizationItems = [.. catalog.OrganizationFields];

    public IReadOnlyList<FieldDefinition> User => Volatile.Read(ref _user);

    public IReadOnlyList<FieldDefinition> Organization => Volatile.Read(ref _organization);

    /// <summary>The user fields as GET /api/v2/user_fields lists them.</summary>
    public IReadOnlyList<CatalogItem> UserItems => Volatile.Read(ref _userItems);

    public IReadOnlyList<CatalogItem> OrganizationItems => Volatile.Read(ref _organizationItems);

    /// <summary>Creates a user field (or an organization field); refusals are Zendesk's 422 validation errors.</summary>
    public CatalogItem Create(bool organization, string? key, string? title, string? type, string? description, string? tag = null)
    {
        var text = type ?? "text";
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new RecordInvalidException("key", "Key: cannot be blank", "BlankValue");
        }

        // Zendesk: "only letters, numbers, and underscores. It can't be only numbers".
        if (!KeyShape().IsMatch(key) || key.All(char.IsAsciiDigit))
        {
            throw new RecordInvalidException("key", $"Key: {key} is invalid", "InvalidValue");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new RecordInvalidException("title", "Title: cannot be blank", "BlankValue");
        }

        if (!Types.Contains(text))
        {
            throw new RecordInvalidException("type", $"Type: {text} is not a field type the simulator creates ({string.Join(", ", Types)})", "InvalidValue");
        }

        using (gate.Write())
        {
            var definitions = organization ? _organization : _user;
            if (definitions.Any(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                throw new RecordInvalidException("key", "Key: has already been taken", "DuplicateValue");
            }

            var kind = organization ? CatalogKind.OrganizationField : CatalogKind.UserField;
            var n = definitions.Length + 1;
            var field = new FieldDefinition(Fields.CatalogId(kind, n), key, title.Trim(), text, [], n);
            var now = clock.NowSeconds;
            var body = CustomFieldBody.Of(field, description ?? string.Empty, validation: null);
            body["created_at"] = Epoch.Iso(now);
            body["updated_at"] = Epoch.Iso(now);

            // A checkbox's tag is optional; the OAS types it as a text, so one not sent is left out.
            if (field.Type == "checkbox" && tag is not null)
            {
                body["tag"] = tag;
            }

            var path = organization ? "organization_fields" : "user_fields";
            var item = new CatalogItem(field.Id, now, now, string.Create(CultureInfo.InvariantCulture, $"/{path}/{field.Id}.json"), body);
            if (organization)
            {
                Volatile.Write(ref _organization, [.. _organization, field]);
                Volatile.Write(ref _organizationItems, [.. _organizationItems, item]);
            }
            else
            {
                Volatile.Write(ref _user, [.. _user, field]);
                Volatile.Write(ref _userItems, [.. _userItems, item]);
            }

            return item;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex KeyShape();
}
