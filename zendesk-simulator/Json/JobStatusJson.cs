using System.Text.Json;
using Zendesk.Simulator.Jobs;

namespace Zendesk.Simulator.Json;

/// <summary>A job_status object: results stay null until the job has completed.</summary>
internal static class JobStatusJson
{
    private static readonly string[] States = ["queued", "working", "completed"];

    public static void Write(Utf8JsonWriter w, RenderContext ctx, Job job, JobView view)
    {
        w.WriteStartObject();
        w.WriteString("id", job.Id);
        w.WriteString("url", $"{ctx.ApiBase}/job_statuses/{job.Id}.json");
        w.WriteString("job_type", job.Type);
        w.WriteNumber("total", job.Total);
        w.NumberOrNull("progress", view.Progress);
        w.WriteString("status", States[(int)view.State]);
        w.StringOrNull("message", view.Message);
        if (view.Results is { } results)
        {
            w.WriteStartArray("results");
            foreach (var result in results)
            {
                WriteResult(w, result);
            }

            w.WriteEndArray();
        }
        else
        {
            w.WriteNull("results");
        }

        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, JobResult result)
    {
        w.WriteStartObject();
        if (result.Id is { } id)
        {
            w.WriteNumber("id", id);
        }

        w.WriteNumber("index", result.Index);
        if (result.Action is { } action)
        {
            w.WriteString("action", action);
        }

        if (result.Status is { } status)
        {
            w.WriteString("status", status);
        }

        if (result.Email is { } email)
        {
            w.WriteString("email", email);
        }

        if (result.ExternalId is { } externalId)
        {
            w.WriteString("external_id", externalId);
        }

        if (result.Error is { } error)
        {
            w.WriteString("error", error);
            w.WriteString("details", result.Details ?? string.Empty);
        }

        w.WriteBoolean("success", result.Success);
        w.WriteEndObject();
    }
}
