using Zendesk.Singer.Protocol.Configuration;

namespace Zendesk.Singer.Target.Configuration;

/// <summary>
/// A certificate or key setting, given as a PEM file's path or as the PEM text itself (as secrets
/// stores and <c>.env</c> files hold them). Npgsql reads files, so PEM text is written to a file only
/// this user can read, removed when the program ends.
/// </summary>
internal static class PemSetting
{
    public static string? Read(ConfigFile file, string key, bool secret)
    {
        if (file.String(key) is not { } value || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.TrimStart().StartsWith("-----BEGIN ", StringComparison.Ordinal))
        {
            return WriteTemporary(value);
        }

        var path = value.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), value[2..])
            : Path.GetFullPath(value);
        if (!File.Exists(path))
        {
            // A key pasted without its BEGIN line would be echoed as a "path": say what is wrong, not the value.
            throw new ConfigurationException(secret
                ? $"config file '{file.Path}': \"{key}\" is neither PEM text nor the path of a file that exists"
                : $"config file '{file.Path}': \"{key}\" names no file that exists: {path}");
        }

        return path;
    }

    private static string WriteTemporary(string pem)
    {
        var path = Path.Combine(Path.GetTempPath(), $"target-warehouse-{Environment.ProcessId}-{Guid.NewGuid():N}.pem");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(pem.Trim() + "\n");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }
}
