using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Zendesk.Simulator.Data;
using Zendesk.Simulator.Json;

namespace Zendesk.Simulator.Http;

/// <summary>Writes JSON straight to the response body while holding the account's read lock.</summary>
internal static class Responses
{
    private const int ChunkBytes = 64 * 1024;

    public static async Task Json(HttpContext context, Account account, Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        using (account.Read())
        {
            using var writer = new Utf8JsonWriter(context.Response.BodyWriter, JsonText.WriterOptions);
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>
    /// Writes a page of many records to the response pipe in chunks: the opening (which selects the
    /// records and returns how many) under the read lock, then the records a chunk at a time, each
    /// chunk rendered under the read lock and handed to the pipe before the next, then the closing.
    /// The client reads while later records render, and a mutation waits for one chunk at most,
    /// never for a slow reader. Chunks are rendered into a buffer of their own and handed over in
    /// one write: the pipe takes a lock for every block it gives out, which the socket side contends.
    /// </summary>
    public static async Task Records(HttpContext context, Account account, Func<Utf8JsonWriter, int> open, Action<Utf8JsonWriter, int> record, Action<Utf8JsonWriter> close)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = context.Response.BodyWriter;
        var cancellationToken = context.RequestAborted;
        var chunk = new ArrayBufferWriter<byte>(ChunkBytes + (ChunkBytes / 8));
        using var writer = new Utf8JsonWriter(chunk, JsonText.WriterOptions);
        int count;
        using (account.Read())
        {
            count = open(writer);
        }

        for (var next = 0; next < count;)
        {
            using (account.Read())
            {
                do
                {
                    record(writer, next++);
                }
                while (next < count && writer.BytesPending + chunk.WrittenCount < ChunkBytes);
            }

            if (!await Send(writer, chunk, body, cancellationToken))
            {
                return;
            }
        }

        using (account.Read())
        {
            close(writer);
        }

        await Send(writer, chunk, body, cancellationToken);
    }

    /// <summary>Hands the chunk to the pipe; false when the client has gone.</summary>
    private static async Task<bool> Send(Utf8JsonWriter writer, ArrayBufferWriter<byte> chunk, PipeWriter body, CancellationToken cancellationToken)
    {
        writer.Flush();
        var result = await body.WriteAsync(chunk.WrittenMemory, cancellationToken);
        chunk.ResetWrittenCount();
        return !result.IsCompleted && !result.IsCanceled;
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
