namespace S3Criteria.Model;

/// <summary>The kinds of values in the rule language.</summary>
internal enum DataTypeKind
{
    Number,
    Text,
    Boolean,
    Date,
    Duration,
    Enum,
    List,
    Object,
}
