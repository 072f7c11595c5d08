namespace Zendesk.Singer.Target.Mapping;

/// <summary>The JSON Schema types a value may have.</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Integer = 4,
    Number = 8,
    String = 16,
    Object = 32,
    Array = 64,
    Any = Null | Boolean | Integer | Number | String | Object | Array,
}
