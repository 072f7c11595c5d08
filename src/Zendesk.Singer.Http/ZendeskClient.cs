using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using Polly;

namespace Zendesk.Singer.Http;

/// <summary>
/// The one HTTP client of a run, for reads (<see cref="GetJsonAsync"/>) and writes (<see cref="SendAsync(ZendeskWrite, RequestBudget, CancellationToken)"/>):
/// it waits for budget permits, retries what is worth retrying (and for a write, only what cannot be
/// recorded twice), pauses a budget on 429, refreshes an OAuth token once on 401, and otherwise throws
/// a <see cref="ZendeskException"/> whose message is fit for users.
/// </summary>
internal sealed class ZendeskClient : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly ZendeskClientOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;
    private readonly ZendeskUrls _urls;
    private readonly ZendeskCredentials _credentials;
    private readonly RequestBudgets _budgets;
    private readonly RetryPipelines _pipelines;
    private readonly ResponseClassifier _classifier;
    private readonly TokenRenewer? _renewer;
    private readonly ReplyReader _replies;
    private readonly IClientLog _log;
    private long _coreRequests;
    private long _incrementalRequests;
    private long _helpCenterRequests;

    public ZendeskClient(ZendeskClientOptions options, IClientLog log, TimeProvider time)
    {
        _options = options;
        _time = time;
        _log = log;
        _urls = new ZendeskUrls(options.BaseUri);
        _credentials = new ZendeskCredentials(options, log);
        _budgets = new RequestBudgets(options, log, time);
        _pipelines = new RetryPipelines(options, _budgets, log, time);
        _classifier = new ResponseClassifier(_credentials, _urls.Host, time);
        _replies = new ReplyReader(_credentials);
        _http = CreateHttpClient(options);
        _renewer = options.Grant == OAuthGrant.None ? null : new TokenRenewer(_http, _urls, _credentials, _budgets, options, log, time);
    }

    public ZendeskClientCounters Counters
    {
        get
        {
            var core = _budgets.Core.Queued;
            var incremental = _budgets.Incremental.Queued;
            var helpCenter = _budgets.HelpCenter.Queued;
            return new ZendeskClientCounters(
                Interlocked.Read(ref _coreRequests) + (_renewer?.Requests ?? 0),
                Interlocked.Read(ref _incrementalRequests),
                _pipelines.Retries,
                _pipelines.RateLimited,
                _budgets.Core.PausedTime + _budgets.Incremental.PausedTime + _budgets.HelpCenter.PausedTime,
                core.Count + incremental.Count + helpCenter.Count,
                core.Time + incremental.Time + helpCenter.Time,
                Interlocked.Read(ref _helpCenterRequests));
        }
    }

    internal RequestBudgets Budgets => _budgets;

    /// <summary>
    /// Lets links and requests go to another host of the same account (a brand's own, from the account's
    /// brand list) with the credentials; any other host is still re-pointed at the base address.
    /// </summary>
    public void AdmitAccountHost(Uri brandUrl) => _urls.Admit(brandUrl);

    /// <summary>
    /// GETs a path and query (<c>/api/v2/groups?page[size]=100</c>) or a link Zendesk returned
    /// (<c>next_page</c>, <c>after_url</c>, <c>links.next</c>, used verbatim) and parses the JSON answer.
    /// The caller disposes the document.
    /// </summary>
    /// <exception cref="ZendeskForbiddenException">403: the plan or role gives no access.</exception>
    /// <exception cref="ZendeskTooRecentException">422 "Too recent start_time": nothing new yet.</exception>
    /// <exception cref="ZendeskException">Any other failure, once retries are exhausted where they apply.</exception>
    public Task<JsonDocument> GetJsonAsync(string pathAndQueryOrAbsoluteUrl, RequestBudget budget, CancellationToken ct) =>
        GetAsync(pathAndQueryOrAbsoluteUrl, budget, static (body, ct) => JsonDocument.ParseAsync(body, default, ct), ct);

    /// <summary>
    /// As <see cref="GetJsonAsync"/>, with the answer's body read by <paramref name="read"/>. The read is part
    /// of the attempt: a body cut short or not JSON (<see cref="JsonException"/>) is retried like any failure.
    /// </summary>
    public Task<T> GetAsync<T>(string pathAndQueryOrAbsoluteUrl, RequestBudget budget, Func<Stream, CancellationToken, Task<T>> read, CancellationToken ct) =>
        SendAsync(new Outgoing<T>(HttpMethod.Get, ReadOnlyMemory<byte>.Empty, WriteSafety.Idempotent, static r => r.IsSuccessStatusCode, (r, ct) => ReadBodyAsync(r, read, ct)), pathAndQueryOrAbsoluteUrl, budget, ct);

    /// <summary>
    /// Sends a write with the same budgets, sign-in and retries as a read, except that a
    /// <see cref="WriteSafety.OnceOnly"/> write is sent again only when Zendesk cannot have acted on it.
    /// Refusals about the record (400, 404, 422) come back as a reply for the caller to read.
    /// </summary>
    /// <exception cref="ZendeskWriteUncertainException">A once-only write whose outcome is unknown.</exception>
    /// <exception cref="ZendeskForbiddenException">403: the plan or role gives no access.</exception>
    /// <exception cref="ZendeskException">Any other failure, once retries are exhausted where they apply.</exception>
    public Task<ZendeskReply> SendAsync(ZendeskWrite write, RequestBudget budget, CancellationToken ct) =>
        SendAsync(new Outgoing<ZendeskReply>(write.Method, write.Body, write.Safety, ReplyReader.Accepts, _replies.ReadAsync), write.Path, budget, ct);

    private async Task<T> SendAsync<T>(Outgoing<T> outgoing, string pathAndQueryOrAbsoluteUrl, RequestBudget budget, CancellationToken ct)
    {
        var target = _urls.Resolve(pathAndQueryOrAbsoluteUrl);
        var endpoint = ZendeskUrls.Endpoint(target);
        var refreshed = false;
        while (true)
        {
            if (_renewer is { Due: true })
            {
                await _renewer.RenewAsync(_credentials.Current, ct);
            }

            var context = ResilienceContextPool.Shared.Get(ct);
            context.Properties.Set(RetryPipelines.EndpointKey, endpoint);
            try
            {
                return await _pipelines.For(budget).ExecuteAsync(
                    static (context, state) => state.Client.AttemptAsync(state.Outgoing, state.Target, state.Endpoint, state.Budget, context.CancellationToken),
                    context,
                    (Client: this, Target: target, Endpoint: endpoint, Budget: budget, Outgoing: outgoing));
            }
            catch (CredentialsRefusedException refused) when (!refreshed && _renewer is not null)
            {
                refreshed = true;
                await _renewer.RenewAsync(refused.Sent, ct);
            }
            catch (CredentialsRefusedException refused)
            {
                throw _classifier.Refused(endpoint, refused, refreshed);
            }
            catch (TransientFailureException failure)
            {
                throw new ZendeskException(
                    $"Zendesk did not answer {endpoint} at {_urls.Host} after {_options.MaxTries} tries; the last one failed with {failure.Reason}.",
                    endpoint,
                    failure.StatusCode,
                    innerException: failure.InnerException);
            }
            catch (HttpRequestException failure) when (!ct.IsCancellationRequested)
            {
                throw new ZendeskException(
                    $"Could not reach Zendesk at {_urls.Host} for {endpoint}: {_credentials.Scrub(failure.Message)}",
                    endpoint,
                    innerException: failure);
            }
            catch (RateLimitedException)
            {
                throw new ZendeskException(
                    $"Zendesk kept answering 429 Too Many Requests for {endpoint} at {_urls.Host} ({RetryPipelines.MaxRateLimitedTries} times in a row): "
                    + "another integration may be using the account's whole rate limit; lower max_requests_per_minute or try later.",
                    endpoint,
                    429);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _budgets.Dispose();
    }

    private async ValueTask<T> AttemptAsync<T>(Outgoing<T> outgoing, Uri target, string endpoint, RequestBudget budget, CancellationToken ct)
    {
        switch (budget)
        {
            case RequestBudget.Incremental:
                Interlocked.Increment(ref _incrementalRequests);
                break;
            case RequestBudget.HelpCenter:
                Interlocked.Increment(ref _helpCenterRequests);
                break;
            default:
                Interlocked.Increment(ref _coreRequests);
                break;
        }

        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        var sent = _credentials.Current;
        var started = _time.GetTimestamp();
        int? status = null;
        try
        {
            using var request = new HttpRequestMessage(outgoing.Method, target)
            {
                Version = _http.DefaultRequestVersion,
                VersionPolicy = _http.DefaultVersionPolicy,
            };
            request.Headers.Authorization = sent;
            if (outgoing.Method != HttpMethod.Get && outgoing.Method != HttpMethod.Delete)
            {
                request.Content = new ReadOnlyMemoryContent(outgoing.Body) { Headers = { ContentType = JsonContentType } };
            }

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            status = (int)response.StatusCode;
            _budgets.Observe(budget, response.Headers);
            if (outgoing.Accepts(response))
            {
                // Read and parsed inside the attempt, so that a body cut short is retried like any failure.
                return await outgoing.Read(response, linked.Token);
            }

            var failure = await _classifier.FailureAsync(response, endpoint, sent, linked.Token);
            if (failure is RateLimitedException limited)
            {
                // Paused before this attempt's permit goes back, so no queued request slips out meanwhile.
                _budgets.For(budget).PauseUntil(_time.GetUtcNow() + limited.RetryAfter);
            }

            throw failure;
        }
        catch (Exception e) when (!ct.IsCancellationRequested && (e as TransientFailureException ?? Transient(e, timeout.IsCancellationRequested)) is { } transient)
        {
            throw outgoing.Safety == WriteSafety.OnceOnly && !NotApplied(transient) ? Uncertain(outgoing, endpoint, transient) : transient;
        }
        finally
        {
            if (_options.RequestMetrics)
            {
                _log.Metric(
                    "timer",
                    "http_request_duration",
                    _time.GetElapsedTime(started).TotalSeconds,
                    ("endpoint", ZendeskUrls.Template(endpoint)),
                    ("http_status_code", status),
                    ("status", status is >= 200 and < 300 ? "succeeded" : "failed"));
            }
        }
    }

    /// <summary>The failures after which Zendesk cannot have acted on a request: a conflict it refused, or a connection never made.</summary>
    private static bool NotApplied(TransientFailureException failure) =>
        failure.StatusCode == 409
        || failure.InnerException is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ProxyTunnelError };

    private ZendeskWriteUncertainException Uncertain<T>(Outgoing<T> outgoing, string endpoint, TransientFailureException failure) => new(
        $"Zendesk may or may not have recorded {outgoing.Method} {endpoint} at {_urls.Host}: the attempt failed with {failure.Reason}, and sending it again could record it twice.",
        endpoint,
        failure.StatusCode,
        failure);

    private static async Task<T> ReadBodyAsync<T>(HttpResponseMessage response, Func<Stream, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        return await read(body, ct);
    }

    private TransientFailureException? Transient(Exception e, bool timedOut)
    {
        if (e is not (OperationCanceledException or HttpRequestException or IOException or JsonException))
        {
            // An answer already classified (403, 404, 429, ...) stays what it is, even if the clock ran out meanwhile.
            return null;
        }

        if (e is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } && !timedOut)
        {
            // A certificate or TLS failure does not heal by retrying; the caller sees it at once.
            return null;
        }

        var reason = timedOut
            ? $"no answer within {_options.RequestTimeout.TotalSeconds:0.###} s"
            : e switch
            {
                HttpRequestException => $"a connection error ({e.Message})",
                IOException => $"an answer cut short ({e.Message})",
                JsonException => "an answer that is not valid JSON",
                _ => null,
            };
        return reason is null ? null : new TransientFailureException(_credentials.Scrub(reason), innerException: e);
    }

    private static HttpClient CreateHttpClient(ZendeskClientOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,

            // Recycled now and then so a long run follows DNS changes of Zendesk's edge.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(90),
            MaxConnectionsPerServer = 64,
            ConnectTimeout = TimeSpan.FromSeconds(30),
            EnableMultipleHttp2Connections = true,
            MaxAutomaticRedirections = 5,
        };
        var http = new HttpClient(handler, disposeHandler: true)
        {
            // Each attempt has its own timeout on the injected clock instead.
            Timeout = Timeout.InfiniteTimeSpan,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent ?? DefaultUserAgent());
        return http;
    }

    // Named after the program that runs, not this library, so that Zendesk's logs tell the programs of an account apart.
    private static string DefaultUserAgent()
    {
        var program = Assembly.GetEntryAssembly() ?? typeof(ZendeskClient).Assembly;
        var version = program.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return $"{program.GetName().Name}/{(plus < 0 ? version : version[..plus])} (Zendesk.Singer)";
    }
}
