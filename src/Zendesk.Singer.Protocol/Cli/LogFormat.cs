namespace Zendesk.Singer.Protocol.Cli;

/// <summary>How a program writes its logs on stderr: <c>--log-format text|json</c>.</summary>
internal enum LogFormat
{
    Text,
    Json,
}
