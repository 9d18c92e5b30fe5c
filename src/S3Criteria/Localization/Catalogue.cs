namespace S3Criteria.Localization;

/// <summary>The texts of one language, by key (<c>console.what-to-do</c>, <c>diagnostic.documents.unknown-key</c>).</summary>
internal sealed class Catalogue(ShippedLanguage language, IReadOnlyDictionary<string, string> texts)
{
    public ShippedLanguage Language { get; } = language;

    public IReadOnlyDictionary<string, string> Texts { get; } = texts;
}
