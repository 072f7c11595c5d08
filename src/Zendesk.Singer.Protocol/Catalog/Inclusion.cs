namespace Zendesk.Singer.Protocol.Catalog;

internal static class Inclusion
{
    public const string Automatic = "automatic";
    public const string Available = "available";
    public const string Unsupported = "unsupported";
}
