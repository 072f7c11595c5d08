namespace Zendesk.Singer.Connection;

internal enum LogLevel
{
    Info,
    Warning,
    Error,
}
