namespace Zendesk.Singer.Destination.Mapping;

/// <summary>The custom field keys an account has, which decide where a custom trait may go.</summary>
internal interface IFieldCatalog
{
    bool Has(FieldOwner owner, string key);
}
