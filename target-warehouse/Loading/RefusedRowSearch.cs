using Zendesk.Singer.Target.Dialects;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// After the engine refused a whole batch: loads it again from its start in pieces, each committed in
/// a transaction of its own, halving a piece that fails, until the row it refuses is found. Every row
/// before that one ends up committed; a batch that failed only for its size is committed whole.
/// </summary>
/// <remarks>
/// A table reset and the release of rows set aside go with the first piece. The search costs about
/// twice the logarithm of the batch size in loads, and runs only once in a run that fails.
/// </remarks>
internal static class RefusedRowSearch
{
    /// <param name="load">The batch that failed.</param>
    /// <param name="failure">How it failed.</param>
    /// <param name="loadAsync">Loads one piece in one transaction.</param>
    /// <returns>What was committed, and the index of the refused row with its failure, or -1 and null when every row is committed.</returns>
    public static async Task<(LoadCounts Counts, int Refused, LoadException? Failure)> LoadAsync(
        BatchLoad load,
        LoadException failure,
        Func<BatchLoad, Task<LoadCounts>> loadAsync)
    {
        var rows = load.Rows;
        if (rows.Count <= 1)
        {
            return (default, 0, failure);
        }

        LoadCounts counts = default;
        var done = 0;
        var size = rows.Count / 2;
        while (done < rows.Count)
        {
            var take = Math.Min(size, rows.Count - done);
            var piece = done == 0 ? load with { Rows = rows.Copy(0, take) } : load with { Rows = rows.Copy(done, take), Reset = TableReset.None, ReleasesHeld = false };
            try
            {
                counts += await loadAsync(piece);
                done += take;
            }
            catch (LoadException) when (take > 1)
            {
                size = take / 2;
            }
            catch (LoadException e)
            {
                return (counts, done, e);
            }
        }

        return (counts, -1, null);
    }
}
