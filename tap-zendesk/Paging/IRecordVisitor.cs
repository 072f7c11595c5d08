namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// What a consumer does with each record of a page. Implemented by structs, so the call is made for
/// the exact record type and a scanned record is read without boxing or allocation.
/// </summary>
internal interface IRecordVisitor
{
    void Visit<TRecord>(TRecord record)
        where TRecord : struct, IRecord;
}
