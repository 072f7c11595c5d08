using Zendesk.Simulator.Data;
using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Http;
using Zendesk.Simulator.Jobs;
using Zendesk.Simulator.Json;

namespace Zendesk.Simulator.Endpoints;

/// <summary>
/// Job statuses: each job as it stands on the work clock (see <see cref="JobQueue"/>); reading one
/// changes nothing.
/// </summary>
internal static class JobEndpoints
{
    public static void Map(WebApplication app, SimulatorHost host)
    {
        var account = host.Account;
        ApiMap.Get(app, "/api/v2/job_statuses/show_many", i => i, context =>
        {
            var ids = (QueryArgs.Text(context, "ids") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var jobs = ids.Select(host.Jobs.Find).OfType<Job>().Select(job => (Job: job, job.View)).ToList();
            var ctx = new RenderContext(account, Links.BaseUrl(context));
            return Responses.Json(context, account, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("job_statuses");
                foreach (var (job, view) in jobs)
                {
                    JobStatusJson.Write(w, ctx, job, view);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        });

        ApiMap.Get(app, "/api/v2/job_statuses/{job_status_id}", i => i, context =>
        {
            var id = context.Request.RouteValues["job_status_id"]?.ToString() ?? string.Empty;
            var job = host.Jobs.Find(id) ?? throw new ApiException(StatusCodes.Status404NotFound, ErrorBodies.RecordNotFound);
            return Write(context, account, job, job.View);
        });
    }

    /// <summary>Answers {"job_status": {...}} (200, also when a job was just queued).</summary>
    public static Task Write(HttpContext context, Account account, Job job, JobView view)
    {
        var ctx = new RenderContext(account, Links.BaseUrl(context));
        return Responses.Json(context, account, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("job_status");
            JobStatusJson.Write(w, ctx, job, view);
            w.WriteEndObject();
        });
    }
}
