namespace Zendesk.Singer.Tap.Logging;

internal enum LogFormat
{
    Text,
    Json,
}
