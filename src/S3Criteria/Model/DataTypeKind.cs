namespace S3Criteria.Model;

/// <summary>The kinds of <see cref="DataType"/>.</summary>
internal enum DataTypeKind
{
    /// <summary>A number: an amount, a year, a count (<c>decimal?</c> when compiled).</summary>
    Number,

    /// <summary>Text, including country and NUTS codes.</summary>
    Text,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>A calendar duration of the rule language (<see cref="DateSpan"/>); no model field has this type.</summary>
    Duration,

    /// <summary>A value of an enumeration, named in kebab case.</summary>
    Enum,

    /// <summary>A list of values of one type.</summary>
    List,

    /// <summary>An object of a model kind (a region, a partnership).</summary>
    Object,
}
