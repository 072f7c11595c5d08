namespace Zendesk.Simulator.Data;

/// <summary>
/// The one lock of an account, shared by every holder of its records: a change may span tickets,
/// users and organizations, and a page must never see half of one.
/// </summary>
internal sealed class AccountLock
{
    private readonly ReaderWriterLockSlim _gate = new(LockRecursionPolicy.SupportsRecursion);

    public LockScope Read()
    {
        _gate.EnterReadLock();
        return new LockScope(_gate, write: false);
    }

    public LockScope Write()
    {
        _gate.EnterWriteLock();
        return new LockScope(_gate, write: true);
    }
}
