using System.Buffers;
using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

internal static partial class TicketJson
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_scratch;

    [ThreadStatic]
    private static Utf8JsonWriter? t_scratchWriter;

    private static void ExternalId(Utf8JsonWriter w, int seed, int t)
    {
        var number = TicketText.ExternalIdNumber(seed, t);
        if (number < 0)
        {
            w.WriteNull(Names.ExternalId);
            return;
        }

        var text = new Utf8Buffer(stackalloc byte[16]);
        text.Append("ext-"u8);
        text.AppendNumber(number, 8);
        w.WriteString(Names.ExternalId, text.Written);
    }

    /// <summary>A coded value whose code 0 means none (priority, type).</summary>
    private static void Code(Utf8JsonWriter w, JsonEncodedText property, JsonEncodedText[] names, byte code)
    {
        if (code == 0)
        {
            w.WriteNull(property);
        }
        else
        {
            w.WriteString(property, names[code]);
        }
    }

    private static void Subject(Utf8JsonWriter w, int seed, int t, TicketOverrides? overrides)
    {
        if (overrides?.Subject is { } subject)
        {
            w.WriteString(Names.Subject, subject);
            w.WriteString(Names.RawSubject, subject);
            return;
        }

        var encoded = EncodedWords.Subjects[TicketText.SubjectIndex(seed, t)];
        w.WriteString(Names.Subject, encoded);
        w.WriteString(Names.RawSubject, encoded);
    }

    private static void Reference(Utf8JsonWriter w, JsonEncodedText property, long id)
    {
        if (id >= 0)
        {
            w.WriteNumber(property, id);
        }
        else
        {
            w.WriteNull(property);
        }
    }

    private static void Tags(Utf8JsonWriter w, int seed, int t, byte channel, TicketOverrides? overrides)
    {
        w.WriteStartArray(Names.Tags);
        if (overrides?.Tags is { } tags)
        {
            foreach (var tag in tags)
            {
                w.WriteStringValue(tag);
            }
        }
        else
        {
            Span<byte> ranks = stackalloc byte[TicketText.MaxTags];
            var count = TicketText.TagRanks(seed, t, channel, ranks);
            for (var i = 0; i < count; i++)
            {
                w.WriteStringValue(EncodedWords.Tags[ranks[i]]);
            }
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// The custom field array, rendered once into this thread's scratch buffer: a ticket carries it
    /// twice (custom_fields and fields). The bytes stay valid until the next call on the thread.
    /// </summary>
    private static ReadOnlySpan<byte> CustomFields(int seed, int t, long created, TicketOverrides? overrides)
    {
        var scratch = t_scratch ??= new ArrayBufferWriter<byte>(4096);
        scratch.ResetWrittenCount();
        var w = t_scratchWriter ??= new Utf8JsonWriter(scratch, JsonText.WriterOptions);
        w.Reset(scratch);
        w.WriteStartArray();
        for (var f = 0; f < Fields.Ticket.Count; f++)
        {
            var field = Fields.Ticket[f];
            w.WriteStartObject();
            w.WriteNumber(Names.Id, field.Id);
            w.WritePropertyName(Names.Value);
            if (overrides is not null && overrides.CustomFields.TryGetValue(field.Id, out var changed))
            {
                w.Value(changed);
            }
            else
            {
                FieldJson.Write(w, field, TicketText.CustomField(seed, t, f, created));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.Flush();
        return scratch.WrittenSpan;
    }

    /// <summary>Derived from the generated history alone, as <see cref="AuditRecords.RatingOf"/> is.</summary>
    private static void SatisfactionRating(Utf8JsonWriter w, Account account, int t, ReadOnlySpan<AuditSpec> generated)
    {
        w.WriteStartObject(Names.SatisfactionRating);
        var live = (account.Tickets.Store.Flags[t] & TicketCodes.FlagCreatedLive) != 0;
        if (!live && RatingInfo.Derive(account.Shape.Seed, t, generated, account.Shape.DataEnd) is { } rating)
        {
            var answered = rating.Score != "offered";
            if (answered)
            {
                w.WriteNumber(Names.Id, rating.Id);
            }

            w.WriteString(Names.Score, rating.Score);
            if (answered)
            {
                w.WriteString(Names.Comment, EncodedWords.RatingComments[(int)(rating.Id % RatingInfo.Comments.Length)]);
                w.WriteString(Names.Reason, EncodedWords.RatingReasons[rating.Reason]);
                w.WriteNumber(Names.ReasonId, Fields.CatalogId(CatalogKind.CustomStatus, 100 + rating.Reason));
            }
        }
        else
        {
            w.WriteString(Names.Score, EncodedWords.Unoffered);
        }

        w.WriteEndObject();
    }
}
