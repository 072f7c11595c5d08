namespace Zendesk.Singer.Destination.Mapping;

/// <summary>A catalog that has every field: a dry run asks the account nothing, so it shows every custom trait.</summary>
internal sealed class EveryField : IFieldCatalog
{
    public static readonly EveryField Instance = new();

    public bool Has(FieldOwner owner, string key) => true;
}
