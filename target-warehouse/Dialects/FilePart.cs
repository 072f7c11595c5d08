namespace Zendesk.Singer.Target.Dialects;

/// <summary>The files of one BATCH message within a <see cref="FileLoad"/>.</summary>
/// <param name="Files">Local paths, in the order their records come.</param>
/// <param name="Values">The values the target gives every row of these files (metadata such as the message's sequence), bound as parameters.</param>
internal sealed record FilePart(IReadOnlyList<string> Files, IReadOnlyList<object> Values);
