using System.Globalization;
using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Tests.Batches;

public sealed class RowBatchTests
{
    [Fact]
    public void A_repeated_key_replaces_the_earlier_row_so_the_last_record_wins()
    {
        var batch = new RowBatch([ColumnType.BigInt, ColumnType.Text], [0]);
        Add(batch, 1, "first");
        Add(batch, 2, "other");
        Add(batch, 1, "last");

        batch.Count.ShouldBe(2);
        batch.Replaced.ShouldBe(1);
        ((ValueBuffer<long>)batch.Columns[0])[0].ShouldBe(1);
        ((TextBuffer)batch.Columns[1])[0].ShouldBe("last");
    }

    [Fact]
    public void Composite_keys_compare_every_key_column()
    {
        var batch = new RowBatch([ColumnType.Text, ColumnType.BigInt], [0, 1]);
        foreach (var (account, id) in new[] { ("a", 1L), ("b", 1L), ("a", 2L), ("a", 1L) })
        {
            var slot = batch.BeginRow();
            ((TextBuffer)batch.Columns[0]).Set(slot, account);
            ((ValueBuffer<long>)batch.Columns[1]).Set(slot, id);
            batch.CommitRow();
        }

        batch.Count.ShouldBe(3);
    }

    [Fact]
    public void Without_keys_every_record_is_a_row()
    {
        var batch = new RowBatch([ColumnType.BigInt, ColumnType.Text], []);
        Add(batch, 1, "a");
        Add(batch, 1, "a");

        batch.Count.ShouldBe(2);
    }

    [Fact]
    public void Grows_past_its_first_capacity_and_starts_empty_after_a_clear()
    {
        var batch = new RowBatch([ColumnType.BigInt, ColumnType.Text], [0]);
        for (var i = 0; i < 5_000; i++)
        {
            Add(batch, i, new string('x', i % 300));
        }

        batch.Count.ShouldBe(5_000);
        ((TextBuffer)batch.Columns[1])[4_999].ShouldBe(new string('x', 4_999 % 300));
        batch.Clear();
        batch.Count.ShouldBe(0);
        Add(batch, 1, "again");
        batch.Count.ShouldBe(1);
    }

    [Fact]
    public void Text_of_every_length_reads_back_as_written_across_blocks_and_after_a_clear()
    {
        var batch = new RowBatch([ColumnType.BigInt, ColumnType.Text], [0]);
        string[] texts = ["", "Zoë ✓", new string('a', 12), new string('b', 13), new string('c', TextBlocks.Size), new string('d', TextBlocks.Size + 1), new string('e', 40_000)];
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 300; i++)
            {
                Add(batch, i, texts[i % texts.Length] + (i >= texts.Length ? i.ToString(CultureInfo.InvariantCulture) : string.Empty));
            }

            var column = (TextBuffer)batch.Columns[1];
            for (var i = 0; i < 300; i++)
            {
                column[i].ShouldBe(texts[i % texts.Length] + (i >= texts.Length ? i.ToString(CultureInfo.InvariantCulture) : string.Empty));
            }

            batch.Clear();
        }
    }

    [Fact]
    public void A_replaced_row_keeps_the_sequence_of_its_first_record_and_takes_the_line_of_the_last()
    {
        var batch = new RowBatch([ColumnType.BigInt, ColumnType.Text], [0]);
        Add(batch, 1, "first", sequence: 10, line: 20);
        Add(batch, 2, "other", sequence: 11, line: 21);
        Add(batch, 1, "last", sequence: 12, line: 22);

        (batch.SequenceOf(0), batch.LineOf(0)).ShouldBe((10L, 22L));
        (batch.SequenceOf(1), batch.LineOf(1)).ShouldBe((11L, 21L));
    }

    [Fact]
    public void Keeping_the_rows_before_a_record_drops_the_later_ones_and_closes_the_gaps()
    {
        var batch = new RowBatch([ColumnType.BigInt, ColumnType.Text], [0]);
        Add(batch, 1, "a", sequence: 1, line: 1);
        Add(batch, 2, "b", sequence: 5, line: 5);
        Add(batch, 3, "c", sequence: 2, line: 2);
        Add(batch, 4, "d", sequence: 3, line: 3);

        batch.KeepBefore(3).ShouldBe(2);

        batch.Count.ShouldBe(2);
        ((TextBuffer)batch.Columns[1])[1].ShouldBe("c");
        (batch.SequenceOf(1), batch.LineOf(1)).ShouldBe((2L, 2L));
    }

    [Fact]
    public void A_copy_holds_the_rows_asked_for_with_their_places()
    {
        var batch = new RowBatch([ColumnType.BigInt, ColumnType.Text], []);
        for (var i = 1; i <= 5; i++)
        {
            Add(batch, i, $"row {i}", sequence: i * 10, line: i * 100);
        }

        var copy = batch.Copy(1, 3);

        copy.Count.ShouldBe(3);
        ((ValueBuffer<long>)copy.Columns[0])[0].ShouldBe(2);
        ((TextBuffer)copy.Columns[1])[2].ShouldBe("row 4");
        (copy.SequenceOf(2), copy.LineOf(2)).ShouldBe((40L, 400L));
        batch.Count.ShouldBe(5);
    }

    private static void Add(RowBatch batch, long id, string text, long sequence = 0, long line = 0)
    {
        var slot = batch.BeginRow();
        ((ValueBuffer<long>)batch.Columns[0]).Set(slot, id);
        ((TextBuffer)batch.Columns[1]).Set(slot, text);
        batch.CommitRow(sequence, line);
    }
}
