namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// The tables in the target schema that remember which name each stream and each property was
/// given, so that a name once given is kept whatever order streams and properties arrive in later.
/// </summary>
internal static class Bookkeeping
{
    public const string TableNames = "_sdc_table_names";

    public const string ColumnNames = "_sdc_column_names";

    public static bool IsBookkeeping(string table) => table is TableNames or ColumnNames;
}
