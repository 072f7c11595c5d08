namespace Zendesk.Singer.Protocol.About;

internal sealed record AboutInfo(
    string Name,
    string Description,
    string Version,
    IReadOnlyList<string> Capabilities,
    IReadOnlyList<SettingInfo> Settings)
{
    /// <summary>Names of settings whose values must never be printed.</summary>
    public IEnumerable<string> SecretNames => Settings.Where(s => s.Secret).Select(s => s.Name);
}
