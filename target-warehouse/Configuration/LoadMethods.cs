namespace Zendesk.Singer.Target.Configuration;

/// <summary>The config spellings of <see cref="LoadMethod"/>, the same as the Meltano SDK's.</summary>
internal static class LoadMethods
{
    public const string Upsert = "upsert";
    public const string AppendOnly = "append-only";
    public const string Overwrite = "overwrite";

    public static readonly string[] All = [Upsert, AppendOnly, Overwrite];

    public static LoadMethod Parse(string text) => text switch
    {
        AppendOnly => LoadMethod.AppendOnly,
        Overwrite => LoadMethod.Overwrite,
        _ => LoadMethod.Upsert,
    };

    public static string Name(LoadMethod method) => method switch
    {
        LoadMethod.AppendOnly => AppendOnly,
        LoadMethod.Overwrite => Overwrite,
        _ => Upsert,
    };
}
