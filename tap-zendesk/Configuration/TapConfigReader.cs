using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Protocol.Maps;

namespace Zendesk.Singer.Tap.Configuration;

/// <summary>
/// Turns a config file into a <see cref="TapConfig"/>: defaults filled in, values checked, and every
/// problem reported once with the file and the key, never with the value.
/// </summary>
internal static class TapConfigReader
{
    public static TapConfig Read(string path, ProgramLog log, TimeProvider time) => Read(ConfigFile.Load(path), log, time);

    public static TapConfig Read(ConfigFile file, ProgramLog log, TimeProvider time)
    {
        // Secrets are registered before anything can fail, so no later message can carry them.
        ConnectionReader.RegisterSecrets(file, log);
        var unknown = file.Keys.Where(k => !TapSettings.IsKnown(k)).ToList();
        if (unknown.Count > 0)
        {
            log.Warn($"config file '{file.Path}' has keys the tap does not know; they are ignored", ("keys", string.Join(",", unknown)));
        }

        var pageSize = (int?)file.Integer(TapSettings.PageSize, 1, TapSettings.DefaultExportPageSize);
        var startDate = file.DateTime(TapSettings.StartDate) ?? time.GetUtcNow().AddYears(-1);
        var endDate = file.DateTime(TapSettings.EndDate);
        if (endDate < startDate)
        {
            throw new ConfigurationException($"config file '{file.Path}': \"{TapSettings.EndDate}\" is before \"{TapSettings.StartDate}\"");
        }

        return new TapConfig
        {
            Connection = ConnectionReader.Read(file, log, TapSettings.DefaultScope),
            StartDate = startDate,
            EndDate = endDate,
            ListPageSize = Math.Min(pageSize ?? TapSettings.DefaultListPageSize, TapSettings.DefaultListPageSize),
            ExportPageSize = pageSize ?? TapSettings.DefaultExportPageSize,
            IncrementalRequestsPerMinute = file.Integer(TapSettings.IncrementalRequestsPerMinute, 1, 1000) is { } exports ? (int)exports : null,
            HelpCenterRequestsPerMinute = (int)(file.Integer(TapSettings.HelpCenterRequestsPerMinute, 1, 10000) ?? TapSettings.DefaultHelpCenterRequestsPerMinute),
            CommentsSource = file.OneOf(TapSettings.TicketCommentsSource, TapSettings.CommentsSources) == "per_ticket"
                ? TicketChildSource.PerTicket
                : TicketChildSource.TicketEvents,
            AuditsSource = file.OneOf(TapSettings.TicketAuditsSource, TapSettings.AuditsSources) == "ticket_events"
                ? TicketChildSource.TicketEvents
                : TicketChildSource.PerTicket,
            SupportTypeScope = file.OneOf(TapSettings.SupportTypeScope, TapSettings.SupportTypeScopes) ?? TapSettings.SupportTypeScopes[0],
            CustomTicketFieldsAsColumns = file.Boolean(TapSettings.CustomTicketFieldsAsColumns) ?? false,
            Batch = BatchConfigReader.Read(file, log),
            Maps = StreamMapsReader.Read(file),
        };
    }
}
