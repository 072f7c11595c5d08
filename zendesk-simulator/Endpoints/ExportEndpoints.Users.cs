using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Json;

namespace Zendesk.Simulator.Endpoints;

internal static partial class ExportEndpoints
{
    private static void WriteUser(Utf8JsonWriter w, RenderContext ctx, long key) => UserJson.Write(w, ctx, (int)TimeIndex.LocalOf(key));

    /// <summary>include=identities side-loads the identities of the page's users as a top-level array.</summary>
    private static SideLoad? UserSideLoads(HttpContext context) =>
        QueryArgs.Includes(context, "identities") ? Identities : null;

    private static void Identities(Utf8JsonWriter w, RenderContext ctx, IReadOnlyList<long> keys)
    {
        w.WriteStartArray("identities");
        foreach (var key in keys)
        {
            var u = (int)TimeIndex.LocalOf(key);
            for (var n = 0; n < UserJson.IdentityCount(ctx.Account, u); n++)
            {
                UserJson.WriteIdentity(w, ctx, u, n);
            }
        }

        w.WriteEndArray();
    }
}
