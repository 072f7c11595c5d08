namespace Zendesk.Singer.Target.Batches;

/// <summary>
/// The blocks text columns keep their UTF-8 in, shared by every batch of every stream. A committed
/// batch gives its blocks back, so memory follows the rows waiting to be committed rather than
/// the largest batch each stream ever held. Free blocks beyond <see cref="MaxFree"/> are left to
/// the garbage collector.
/// </summary>
internal static class TextBlocks
{
    /// <summary>Small enough to stay off the large object heap; values longer than this get an array of their own.</summary>
    public const int Size = 64 * 1024;

    /// <summary>16 MB of free blocks at most: about what one batch of a busy stream needs while the next is read.</summary>
    private const int MaxFree = 256;

    private static readonly Stack<byte[]> Free = new();

    public static byte[] Rent()
    {
        lock (Free)
        {
            if (Free.TryPop(out var block))
            {
                return block;
            }
        }

        return new byte[Size];
    }

    /// <summary>Takes back blocks of <see cref="Size"/>; arrays of any other size are left to the garbage collector.</summary>
    public static void Return(List<byte[]> blocks)
    {
        lock (Free)
        {
            foreach (var block in blocks)
            {
                if (block.Length == Size && Free.Count < MaxFree)
                {
                    Free.Push(block);
                }
            }
        }
    }
}
