using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Zendesk.Singer.Bench.Target;

/// <summary>
/// Writes N ticket-shaped records three ways: as a Singer stream for the target, as JSON lines for
/// DuckDB's read_json, and as CSV for PostgreSQL's COPY. The same values go into all three. A second
/// Singer stream brings every ticket again, changed (status, updated_at, generated_timestamp), for
/// a run of real updates.
/// </summary>
internal sealed class TicketFiles(string directory)
{
    private static readonly string[] Statuses = ["new", "open", "pending", "hold", "solved", "closed"];
    private static readonly string[] Channels = ["email", "web", "api", "chat", "voice"];

    public string Singer { get; } = Path.Combine(directory, "tickets.singer");

    public string JsonLines { get; } = Path.Combine(directory, "tickets.jsonl");

    public string Csv { get; } = Path.Combine(directory, "tickets.csv");

    public string ChangedSinger { get; } = Path.Combine(directory, "tickets-changed.singer");

    public string ChangedJsonLines { get; } = Path.Combine(directory, "tickets-changed.jsonl");

    public string ChangedCsv { get; } = Path.Combine(directory, "tickets-changed.csv");

    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "url", "external_id", "type", "subject", "raw_subject", "description", "priority", "status", "recipient",
        "requester_id", "submitter_id", "assignee_id", "organization_id", "group_id", "collaborator_ids", "follower_ids",
        "email_cc_ids", "forum_topic_id", "problem_id", "has_incidents", "is_public", "due_at", "tags", "custom_fields",
        "satisfaction_rating", "sharing_agreement_ids", "via", "brand_id", "allow_channelback", "allow_attachments",
        "created_at", "updated_at", "generated_timestamp", "ticket_form_id", "from_messaging_channel",
    ];

    /// <summary>Writes every file and waits until they are on disk, so that the loads timed next do not share the disk with their write-back.</summary>
    public void Write(int records)
    {
        WriteFiles(records);
        foreach (var path in new[] { Singer, JsonLines, Csv, ChangedSinger, ChangedJsonLines, ChangedCsv })
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
            file.Flush(flushToDisk: true);
        }
    }

    private void WriteFiles(int records)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Singer)!);
        using var singer = Utf8(Singer);
        using var jsonLines = Utf8(JsonLines);
        using var csv = Utf8(Csv);
        using var changed = Utf8(ChangedSinger);
        using var changedJsonLines = Utf8(ChangedJsonLines);
        using var changedCsv = Utf8(ChangedCsv);
        singer.Write(SchemaLine());
        singer.Write('\n');
        changed.Write(SchemaLine());
        changed.Write('\n');
        var buffer = new ArrayBufferWriterStream();
        for (var id = 1; id <= records; id++)
        {
            var record = Record(id, 0, buffer);
            singer.Write("{\"type\":\"RECORD\",\"stream\":\"tickets\",\"record\":");
            singer.Write(record);
            singer.Write("}\n");
            var changedRecord = Record(id, 1, buffer);
            changed.Write("{\"type\":\"RECORD\",\"stream\":\"tickets\",\"record\":");
            changed.Write(changedRecord);
            changed.Write("}\n");
            changedJsonLines.Write(changedRecord);
            changedJsonLines.Write('\n');
            changedCsv.Write(CsvLine(changedRecord));
            jsonLines.Write(record);
            jsonLines.Write('\n');
            csv.Write(CsvLine(record));
            if (id % 10_000 == 0)
            {
                singer.Write(string.Create(CultureInfo.InvariantCulture, $"{{\"type\":\"STATE\",\"value\":{{\"bookmarks\":{{\"tickets\":{{\"generated_timestamp\":{1_700_000_000 + id}}}}}}}}}\n"));
            }
        }
    }

    private static StreamWriter Utf8(string path) => new(path, false, new UTF8Encoding(false), 1 << 20);

    internal static string SchemaLine()
    {
        static string T(string type) => $"{{\"type\":[\"null\",\"{type}\"]}}";
        const string DateTime = "{\"type\":[\"null\",\"string\"],\"format\":\"date-time\"}";
        const string Ids = "{\"type\":[\"null\",\"array\"],\"items\":{\"type\":\"integer\"}}";
        var properties = new Dictionary<string, string>
        {
            ["id"] = "{\"type\":\"integer\"}", ["url"] = T("string"), ["external_id"] = T("string"), ["type"] = T("string"),
            ["subject"] = T("string"), ["raw_subject"] = T("string"), ["description"] = T("string"), ["priority"] = T("string"),
            ["status"] = T("string"), ["recipient"] = T("string"), ["requester_id"] = T("integer"), ["submitter_id"] = T("integer"),
            ["assignee_id"] = T("integer"), ["organization_id"] = T("integer"), ["group_id"] = T("integer"), ["collaborator_ids"] = Ids,
            ["follower_ids"] = Ids, ["email_cc_ids"] = Ids, ["forum_topic_id"] = T("integer"), ["problem_id"] = T("integer"),
            ["has_incidents"] = T("boolean"), ["is_public"] = T("boolean"), ["due_at"] = DateTime,
            ["tags"] = "{\"type\":[\"null\",\"array\"],\"items\":{\"type\":\"string\"}}",
            ["custom_fields"] = "{\"type\":[\"null\",\"array\"],\"items\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"},\"value\":{}}}}",
            ["satisfaction_rating"] = "{\"type\":[\"null\",\"object\"],\"properties\":{\"score\":{\"type\":[\"null\",\"string\"]},\"comment\":{\"type\":[\"null\",\"string\"]}}}",
            ["sharing_agreement_ids"] = Ids,
            ["via"] = "{\"type\":[\"null\",\"object\"],\"properties\":{\"channel\":{\"type\":[\"null\",\"string\"]},\"source\":{\"type\":[\"null\",\"object\"]}}}",
            ["brand_id"] = T("integer"), ["allow_channelback"] = T("boolean"), ["allow_attachments"] = T("boolean"),
            ["created_at"] = DateTime, ["updated_at"] = DateTime, ["generated_timestamp"] = T("integer"), ["ticket_form_id"] = T("integer"),
            ["from_messaging_channel"] = T("boolean"),
        };
        var body = string.Join(",", properties.Select(p => $"\"{p.Key}\":{p.Value}"));
        return $"{{\"type\":\"SCHEMA\",\"stream\":\"tickets\",\"schema\":{{\"type\":\"object\",\"properties\":{{{body}}}}},\"key_properties\":[\"id\"]}}";
    }

    /// <param name="revision">0 for the ticket as first loaded; each revision moves its status on and its update times a day later.</param>
    private static string Record(int id, int revision, ArrayBufferWriterStream buffer)
    {
        buffer.Reset();
        using (var json = new Utf8JsonWriter(buffer))
        {
            var created = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(id);
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteString("url", string.Create(CultureInfo.InvariantCulture, $"https://acme.zendesk.com/api/v2/tickets/{id}.json"));
            json.WriteNull("external_id");
            json.WriteString("type", id % 3 == 0 ? "incident" : "question");
            json.WriteString("subject", string.Create(CultureInfo.InvariantCulture, $"Order {id} arrived damaged"));
            json.WriteString("raw_subject", string.Create(CultureInfo.InvariantCulture, $"Order {id} arrived damaged"));
            json.WriteString("description", "The parcel arrived with a broken seal and two items missing; the customer asks for a replacement and a refund of the shipping costs.");
            json.WriteString("priority", id % 10 == 0 ? "high" : "normal");
            json.WriteString("status", Statuses[(id + revision) % Statuses.Length]);
            json.WriteString("recipient", "support@acme.example");
            json.WriteNumber("requester_id", 360_000_000_000L + id);
            json.WriteNumber("submitter_id", 360_000_000_000L + id);
            json.WriteNumber("assignee_id", 361_000_000_000L + (id % 50));
            json.WriteNumber("organization_id", 362_000_000_000L + (id % 1000));
            json.WriteNumber("group_id", 363_000_000_000L + (id % 10));
            WriteIds(json, "collaborator_ids", id % 3);
            WriteIds(json, "follower_ids", id % 2);
            WriteIds(json, "email_cc_ids", 0);
            json.WriteNull("forum_topic_id");
            json.WriteNull("problem_id");
            json.WriteBoolean("has_incidents", false);
            json.WriteBoolean("is_public", true);
            json.WriteNull("due_at");
            json.WriteStartArray("tags");
            json.WriteStringValue("order");
            json.WriteStringValue(id % 2 == 0 ? "vip" : "standard");
            json.WriteEndArray();
            json.WriteStartArray("custom_fields");
            for (var f = 0; f < 3; f++)
            {
                json.WriteStartObject();
                json.WriteNumber("id", 100 + f);
                json.WriteString("value", f == 2 ? null : string.Create(CultureInfo.InvariantCulture, $"value-{id % 7}"));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("satisfaction_rating");
            json.WriteString("score", "unoffered");
            json.WriteNull("comment");
            json.WriteEndObject();
            WriteIds(json, "sharing_agreement_ids", 0);
            json.WriteStartObject("via");
            json.WriteString("channel", Channels[id % Channels.Length]);
            json.WriteStartObject("source");
            json.WriteStartObject("from");
            json.WriteString("address", string.Create(CultureInfo.InvariantCulture, $"customer{id}@example.com"));
            json.WriteEndObject();
            json.WriteNull("rel");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteNumber("brand_id", 364_000_000_000L);
            json.WriteBoolean("allow_channelback", false);
            json.WriteBoolean("allow_attachments", true);
            json.WriteString("created_at", created);
            json.WriteString("updated_at", created.AddHours(3).AddDays(revision));
            json.WriteNumber("generated_timestamp", 1_700_000_000 + id + (86_400 * revision));
            json.WriteNumber("ticket_form_id", 365_000_000_000L);
            json.WriteBoolean("from_messaging_channel", false);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.Written);
    }

    private static void WriteIds(Utf8JsonWriter json, string name, int count)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < count; i++)
        {
            json.WriteNumberValue(370_000_000_000L + i);
        }

        json.WriteEndArray();
    }

    private static string CsvLine(string record)
    {
        using var document = JsonDocument.Parse(record);
        var line = new StringBuilder();
        foreach (var column in Columns)
        {
            if (line.Length > 0)
            {
                line.Append(',');
            }

            var value = document.RootElement.GetProperty(column);
            var text = value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => value.GetRawText(),
            };
            if (text is not null)
            {
                line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        return line.Append('\n').ToString();
    }
}
