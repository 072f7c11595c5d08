namespace Zendesk.Singer.Protocol.Catalog;

internal static class ReplicationMethods
{
    public const string Incremental = "INCREMENTAL";
    public const string FullTable = "FULL_TABLE";
    public const string LogBased = "LOG_BASED";
}
