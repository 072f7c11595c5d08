namespace Zendesk.Singer.Http;

/// <summary>
/// The secrets of a run, and the one place that blanks them out of any text about to leave the
/// process: log lines, error messages, Zendesk's own error bodies.
/// </summary>
internal sealed class SecretRedactor
{
    private readonly Lock _gate = new();
    private readonly List<string> _secrets = [];

    public void Add(string? secret)
    {
        // Very short values would blank out ordinary words; no real credential is that short.
        if (secret is not { Length: >= 4 })
        {
            return;
        }

        lock (_gate)
        {
            if (_secrets.Contains(secret, StringComparer.Ordinal))
            {
                return;
            }

            // Longest first, so that a secret containing another is removed whole.
            _secrets.Add(secret);
            _secrets.Sort(static (a, b) => b.Length.CompareTo(a.Length));
        }
    }

    public string Redact(string text)
    {
        lock (_gate)
        {
            foreach (var secret in _secrets)
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
