namespace S3Criteria.Diagnostics;

/// <summary>The phrases of one language, by catalogue key, as <see cref="ILocalizableArgument"/> words itself with them.</summary>
internal interface IPhrases
{
    /// <summary>Gets a phrase with its placeholders filled.</summary>
    /// <param name="key">The catalogue key, such as <c>value.whole-number</c>.</param>
    /// <param name="arguments">The values of its placeholders.</param>
    /// <returns>The phrase.</returns>
    string Format(string key, params ReadOnlySpan<(string Name, object? Value)> arguments);
}
