namespace Zendesk.Singer.Target.Loading;

/// <summary>The first record of a load's batch files that cannot be loaded.</summary>
/// <param name="File">The file's index among the load's files.</param>
/// <param name="Problem">What is wrong, named by the file's URI, the line and the field.</param>
internal sealed record FileRefusal(int File, string Problem);
