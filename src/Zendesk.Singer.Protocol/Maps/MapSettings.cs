namespace Zendesk.Singer.Protocol.Maps;

/// <summary>The names of the stream map settings and their special keys, as the Meltano SDK names them.</summary>
internal static class MapSettings
{
    public const string StreamMaps = "stream_maps";
    public const string StreamMapConfig = "stream_map_config";

    public const string Null = "__NULL__";
    public const string Else = "__else__";
    public const string Alias = "__alias__";
    public const string Filter = "__filter__";
    public const string Source = "__source__";
    public const string KeyProperties = "__key_properties__";

    public const string StreamMapsDescription = "Inline stream maps, as the Meltano SDK's: per stream (or pattern such as \"*\"), properties to add, replace (an expression such as \"sha256(email)\") or remove (null), and __alias__, __filter__, __key_properties__, __else__ and __source__; null drops the stream. See the README's \"Stream maps\".";
    public const string StreamMapConfigDescription = "Values stream map expressions read as config['key'], such as a hash seed.";
}
