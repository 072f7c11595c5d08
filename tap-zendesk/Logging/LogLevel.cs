namespace Zendesk.Singer.Tap.Logging;

internal enum LogLevel
{
    Info,
    Warning,
    Error,
}
