namespace Zendesk.Singer.Target.Dialects;

internal readonly record struct LoadCounts(long Inserted, long Updated, long Appended, long Deleted)
{
    public long Total => Inserted + Updated + Appended;

    public static LoadCounts operator +(LoadCounts a, LoadCounts b) =>
        new(a.Inserted + b.Inserted, a.Updated + b.Updated, a.Appended + b.Appended, a.Deleted + b.Deleted);
}
