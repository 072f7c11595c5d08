using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects;

internal sealed record ColumnDefinition(string Name, ColumnType Type);
