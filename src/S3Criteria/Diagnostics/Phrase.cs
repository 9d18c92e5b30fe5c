namespace S3Criteria.Diagnostics;

/// <summary>A fixed phrase of the tool's own, such as <c>a mapping</c>: its English text and its catalogue key.</summary>
/// <param name="Key">The catalogue key, such as <c>value.mapping</c>.</param>
/// <param name="English">The English text.</param>
internal readonly record struct Phrase(string Key, string English) : IFormattable, ILocalizableArgument
{
    /// <inheritdoc/>
    public override string ToString() => English;

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => English;

    /// <inheritdoc/>
    public string Localize(IPhrases phrases) => phrases.Format(Key);
}
