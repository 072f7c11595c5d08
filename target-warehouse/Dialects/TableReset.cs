namespace Zendesk.Singer.Target.Dialects;

/// <summary>What happens to the table's old content in the transaction that loads a batch.</summary>
internal enum TableReset
{
    None,
    Truncate,
    Recreate,
}
