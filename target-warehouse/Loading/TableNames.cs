using System.Data.Common;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// Gives each stream its table. A stream keeps the table it was given in any earlier run, as the
/// warehouse's bookkeeping remembers it; a new stream gets its conformed name, or, when that is
/// taken (a.b.c after a_b_c), the name with a hash of its own. Which stream got a name first then
/// no longer depends on the order streams arrive in later runs. With <paramref name="stripSchemaPrefix"/>,
/// a new stream named <c>schema-table</c> (or <c>database-schema-table</c>), as database taps name
/// them, is given the name of its last part, as the Meltano SDK's targets and pipelinewise do.
/// </summary>
internal sealed class TableNames(IDialect dialect, bool stripSchemaPrefix)
{
    /// <summary>The name a new stream's table is conformed from.</summary>
    public static string BaseName(string stream, bool stripSchemaPrefix)
    {
        var last = stream.LastIndexOf('-');
        return stripSchemaPrefix && last >= 0 && last < stream.Length - 1 ? stream[(last + 1)..] : stream;
    }

    public async Task<string> ForAsync(string stream, CancellationToken cancellationToken)
    {
        try
        {
            return await dialect.UnderSchemaLockAsync(ct => GiveAsync(stream, ct), cancellationToken);
        }
        catch (DbException e)
        {
            throw new LoadException($"stream \"{stream}\": naming its table failed: {e.Message}", e);
        }
    }

    private async Task<string> GiveAsync(string stream, CancellationToken cancellationToken)
    {
        // Read under the lock each time: another target loading this schema may have named streams since.
        var given = await dialect.ReadTableNamesAsync(cancellationToken);
        if (given.TryGetValue(stream, out var table))
        {
            return table;
        }

        var taken = given.Values.ToHashSet(StringComparer.Ordinal);
        table = NameChoice.Pick(Identifiers.Conform(BaseName(stream, stripSchemaPrefix)), stream, dialect.MaxIdentifierBytes, name => taken.Contains(name) || Bookkeeping.IsBookkeeping(name));
        await dialect.AddTableNameAsync(stream, table, cancellationToken);
        return table;
    }
}
