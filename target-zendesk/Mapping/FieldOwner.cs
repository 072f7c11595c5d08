namespace Zendesk.Singer.Destination.Mapping;

/// <summary>Whose custom fields a trait goes to.</summary>
internal enum FieldOwner
{
    User,
    Organization,
}
