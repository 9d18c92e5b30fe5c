namespace S3Criteria.Localization;

/// <summary>A language S3Criteria ships a catalogue of texts for: its code, its name in itself, and its status.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ShippedLanguage
{
    internal ShippedLanguage(string code, string name, TranslationStatus status)
    {
        Code = code;
        Name = name;
        Status = status;
    }

    /// <summary>Gets the ISO 639-1 code, in lower case, such as <c>it</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the language's name in the language itself, such as <c>Italiano</c>.</summary>
    public string Name { get; }

    /// <summary>Gets whether the texts are reviewed or machine translations.</summary>
    public TranslationStatus Status { get; }
}
