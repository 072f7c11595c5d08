namespace Zendesk.Singer.Target.Dialects;

/// <param name="Skipped">Rows of an append not stored because that version of the record already was.</param>
/// <param name="Unchanged">Rows of an upsert whose key the table held with exactly the same values, left as they were.</param>
internal readonly record struct LoadCounts(long Inserted, long Updated, long Appended, long Deleted, long Skipped = 0, long Unchanged = 0)
{
    public long Total => Inserted + Updated + Appended;

    public static LoadCounts operator +(LoadCounts a, LoadCounts b) =>
        new(a.Inserted + b.Inserted, a.Updated + b.Updated, a.Appended + b.Appended, a.Deleted + b.Deleted, a.Skipped + b.Skipped, a.Unchanged + b.Unchanged);
}
