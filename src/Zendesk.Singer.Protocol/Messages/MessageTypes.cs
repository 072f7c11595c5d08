namespace Zendesk.Singer.Protocol.Messages;

internal static class MessageTypes
{
    public const string Schema = "SCHEMA";
    public const string Record = "RECORD";
    public const string State = "STATE";
    public const string ActivateVersion = "ACTIVATE_VERSION";
    public const string Batch = "BATCH";
}
