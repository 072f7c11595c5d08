using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Http;

/// <summary>Writes JSON straight to the response body while holding the account's read lock.</summary>
internal static class Responses
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    public static async Task Json(HttpContext context, Account account, Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        using (account.Read())
        {
            using var writer = new Utf8JsonWriter(context.Response.BodyWriter, Options);
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    public static async Task Raw(HttpContext context, int status, string body, string contentType = "application/json; charset=utf-8")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
