using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Zendesk.Singer.Protocol.Lines;

/// <summary>
/// <see cref="ObjectEnd"/> 64 bytes at a time. Each block becomes bit masks of its quotes,
/// backslashes and brackets; the backslash runs tell which quotes are escaped, a running XOR of the
/// others tells which bytes lie inside a string, and only the brackets outside strings are counted.
/// A block whose brackets cannot bring the depth to zero, or past the limit, is counted by
/// population count without visiting its bits. Ticket-shaped records, whose many short strings stop
/// a search for the next quote or bracket every few bytes, are scanned in a fraction of the time.
/// </summary>
internal static class ObjectEndBlocks
{
    private const int Block = 64;
    private const ulong EvenBits = 0x5555_5555_5555_5555UL;

    public static bool IsSupported => Vector256.IsHardwareAccelerated;

    /// <inheritdoc cref="ObjectEnd.Find"/>
    public static int Find(ReadOnlySpan<byte> json, int start, int maxDepth)
    {
        var depth = 0;
        var insideCarry = 0UL;
        var escapeCarry = 0UL;
        Span<byte> last = stackalloc byte[Block];
        for (var at = start; at < json.Length; at += Block)
        {
            scoped ReadOnlySpan<byte> block;
            if (json.Length - at >= Block)
            {
                block = json.Slice(at, Block);
            }
            else
            {
                // The last, short block is padded with spaces, which are none of the bytes that count.
                last.Fill((byte)' ');
                json[at..].CopyTo(last);
                block = last;
            }

            var masks = new BlockMasks(block);
            var quotes = masks.Quotes & ~Escaped(masks.Backslashes, ref escapeCarry);
            var inside = PrefixXor(quotes) ^ insideCarry;
            insideCarry = (ulong)((long)inside >> 63);
            var opens = masks.Opens & ~inside;
            var closes = masks.Closes & ~inside;
            if ((opens | closes) == 0)
            {
                continue;
            }

            var openCount = BitOperations.PopCount(opens);
            var closeCount = BitOperations.PopCount(closes);
            if (depth - closeCount > 0 && depth + openCount <= maxDepth)
            {
                depth += openCount - closeCount;
                continue;
            }

            for (var brackets = opens | closes; brackets != 0; brackets &= brackets - 1)
            {
                var bit = BitOperations.TrailingZeroCount(brackets);
                if ((opens >> bit & 1) != 0)
                {
                    if (++depth > maxDepth)
                    {
                        return -1;
                    }
                }
                else if (--depth == 0)
                {
                    return at + bit + 1;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// The bytes escaped by a backslash: the byte after each odd-length run of backslashes.
    /// <paramref name="carry"/> is 1 when the previous block ended inside such a run, escaping this block's first byte.
    /// </summary>
    /// <remarks>
    /// Adding the starts of runs that begin on odd bits to the backslashes carries each such run past
    /// its end, which flips the parity pattern for it; runs starting on even bits keep it. Which
    /// bytes after a run are escaped then follows from the run's length's parity.
    /// </remarks>
    internal static ulong Escaped(ulong backslashes, ref ulong carry)
    {
        if (backslashes == 0)
        {
            var escapedFirst = carry;
            carry = 0;
            return escapedFirst;
        }

        // A first byte escaped by the previous block is not an escape itself.
        backslashes &= ~carry;
        var followsBackslash = (backslashes << 1) | carry;
        var oddStarts = backslashes & ~EvenBits & ~followsBackslash;
        var evenRunsInverted = unchecked(oddStarts + backslashes);
        carry = evenRunsInverted < oddStarts ? 1UL : 0UL;
        return (EvenBits ^ (evenRunsInverted << 1)) & followsBackslash;
    }

    /// <summary>Each bit set when an odd number of bits at or below it are set: between an opening quote (included) and its closing quote.</summary>
    private static ulong PrefixXor(ulong bits)
    {
        bits ^= bits << 1;
        bits ^= bits << 2;
        bits ^= bits << 4;
        bits ^= bits << 8;
        bits ^= bits << 16;
        bits ^= bits << 32;
        return bits;
    }

    /// <summary>One bit per byte of a 64-byte block, for each kind of byte that matters.</summary>
    private readonly ref struct BlockMasks
    {
        public BlockMasks(ReadOnlySpan<byte> block)
        {
            ref var first = ref MemoryMarshal.GetReference(block);
            var low = Vector256.LoadUnsafe(ref first);
            var high = Vector256.LoadUnsafe(ref first, 32);
            Quotes = Mask(low, high, (byte)'"', folded: false);
            Backslashes = Mask(low, high, (byte)'\\', folded: false);

            // '{' and '[' differ from each other only in bit 0x20, as do '}' and ']'; no other byte folds onto them.
            Opens = Mask(low, high, (byte)'{', folded: true);
            Closes = Mask(low, high, (byte)'}', folded: true);
        }

        public ulong Quotes { get; }

        public ulong Backslashes { get; }

        public ulong Opens { get; }

        public ulong Closes { get; }

        private static ulong Mask(Vector256<byte> low, Vector256<byte> high, byte value, bool folded)
        {
            var target = Vector256.Create(value);
            if (folded)
            {
                var fold = Vector256.Create((byte)0x20);
                low |= fold;
                high |= fold;
            }

            return Vector256.Equals(low, target).ExtractMostSignificantBits()
                | ((ulong)Vector256.Equals(high, target).ExtractMostSignificantBits() << 32);
        }
    }
}
