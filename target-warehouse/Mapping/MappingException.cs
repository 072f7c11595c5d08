namespace Zendesk.Singer.Target.Mapping;

/// <summary>A SCHEMA that cannot become a table; the caller adds the line and stream.</summary>
internal sealed class MappingException(string problem) : Exception(problem);
