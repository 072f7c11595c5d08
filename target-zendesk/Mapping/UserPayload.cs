using System.Text.Json;
using Zendesk.Singer.Destination.Calls;

namespace Zendesk.Singer.Destination.Mapping;

/// <summary>An identify as the user object Zendesk's create_or_update endpoints take.</summary>
internal static class UserPayload
{
    public static void Write(Utf8JsonWriter writer, IdentifyCall call, IFieldCatalog fields, bool verified)
    {
        writer.WriteStartObject();
        writer.WriteString("name", call.Name);
        if (call.Email is { } email)
        {
            writer.WriteString("email", email);
        }

        if (call.UserId is { } userId)
        {
            writer.WriteString("external_id", userId);
        }

        if (call.OrganizationId is { } organizationId)
        {
            writer.WriteNumber("organization_id", organizationId);
        }

        if (call.TimeZone is { } timeZone)
        {
            writer.WriteString("time_zone", timeZone);
        }

        if (call.Phone is { } phone)
        {
            writer.WriteString("phone", phone);
        }

        if (verified)
        {
            // Verified on creation, and no mail asking the user to verify what is already verified.
            writer.WriteBoolean("verified", true);
            writer.WriteBoolean("skip_verify_email", true);
        }

        CustomFields.Write(writer, "user_fields", call.Custom, FieldOwner.User, fields);
        writer.WriteEndObject();
    }
}
