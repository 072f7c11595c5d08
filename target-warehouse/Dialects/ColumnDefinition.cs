using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects;

internal sealed record ColumnDefinition(string Name, ColumnType Type);
