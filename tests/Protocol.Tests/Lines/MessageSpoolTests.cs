using System.Text;
using Zendesk.Singer.Protocol.Lines;

namespace Zendesk.Singer.Protocol.Tests.Lines;

public sealed class MessageSpoolTests
{
    [Fact]
    public void Gives_back_what_was_written_in_order_when_it_outgrows_memory_into_a_file()
    {
        using var spool = new MessageSpool(memoryLimit: 64);
        var expected = new StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            var line = $"{{\"n\":{i}}}\n";
            spool.Write(Encoding.UTF8.GetBytes(line));
            expected.Append(line);
        }

        spool.Count.ShouldBe(expected.Length);
        using var output = new MemoryStream();
        spool.MoveTo(output);

        Encoding.UTF8.GetString(output.ToArray()).ShouldBe(expected.ToString());
        spool.Count.ShouldBe(0);
    }

    [Fact]
    public void Starts_afresh_after_it_was_moved_or_cleared()
    {
        using var spool = new MessageSpool(memoryLimit: 8);
        spool.Write("first line that spills\n"u8);
        spool.MoveTo(Stream.Null);
        spool.Write("dropped\n"u8);
        spool.Clear();
        spool.Write("a\n"u8);
        spool.Write("second line that spills\n"u8);

        using var output = new MemoryStream();
        spool.MoveTo(output);

        Encoding.UTF8.GetString(output.ToArray()).ShouldBe("a\nsecond line that spills\n");
    }
}
