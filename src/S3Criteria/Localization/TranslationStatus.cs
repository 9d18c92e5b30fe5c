namespace S3Criteria.Localization;

/// <summary>How far a shipped language's texts can be trusted: set in the language's catalogue (<c>status:</c>).</summary>
public enum TranslationStatus
{
    /// <summary>Translated and reviewed for meaning against the English by a reader of both languages.</summary>
    Reviewed,

    /// <summary>Translated by machine or by a helper and not yet reviewed by a native reader.</summary>
    Machine,
}
