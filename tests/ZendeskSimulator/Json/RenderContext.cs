using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>What record writers need besides the record: the account and the API base for url fields.</summary>
internal sealed record RenderContext(Account Account, string BaseUrl)
{
    public string ApiBase { get; } = BaseUrl + "/api/v2";
}
