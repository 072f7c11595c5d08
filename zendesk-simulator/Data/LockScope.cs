namespace Zendesk.Simulator.Data;

/// <summary>Releases the account lock taken by <see cref="AccountLock.Read"/> or <see cref="AccountLock.Write"/>.</summary>
internal readonly struct LockScope(ReaderWriterLockSlim gate, bool write) : IDisposable
{
    public void Dispose()
    {
        if (write)
        {
            gate.ExitWriteLock();
        }
        else
        {
            gate.ExitReadLock();
        }
    }
}
