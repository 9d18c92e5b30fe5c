namespace S3Criteria.Diagnostics;

/// <summary>
/// An argument of a catalogue message that is a phrase of the tool's own (what a key expects, what was found, a "did
/// you mean", "… and N more"), not a value from the input: a diagnostic shown in another language words it in that
/// language. <see cref="object.ToString"/> gives the English, which is the diagnostic's <see cref="Diagnostic.Message"/>.
/// </summary>
internal interface ILocalizableArgument
{
    /// <summary>Words the argument with the phrases of a language.</summary>
    /// <param name="phrases">The language's phrases.</param>
    /// <returns>The argument's text in that language.</returns>
    string Localize(IPhrases phrases);
}
