namespace Zendesk.Singer.Tap.Sync;

internal enum StreamStatus
{
    Waiting,
    Running,
    Done,
    Skipped,
    Failed,
}
