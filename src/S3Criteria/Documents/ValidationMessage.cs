using S3Criteria.Diagnostics;

namespace S3Criteria.Documents;

/// <summary>
/// The catalogue message of a <see cref="StrategyValidator"/> failure, carried in FluentValidation's
/// <c>ValidationFailure.CustomState</c> so that <see cref="StrategyDocument"/> makes the diagnostic from the message
/// itself (code, id and text) instead of from the failure's text.
/// </summary>
/// <param name="Message">The message.</param>
/// <param name="Arguments">The values of its placeholders.</param>
internal sealed record ValidationMessage(Message Message, (string Name, object? Value)[] Arguments)
{
    /// <summary>Makes the diagnostic.</summary>
    /// <param name="location">Where, if known.</param>
    /// <param name="path">The document path of the value.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic At(SourceLocation? location, string path) => Message.At(location, path, Arguments);

    /// <summary>Gets the text, for the failure's <c>ErrorMessage</c>.</summary>
    /// <returns>The text.</returns>
    public string Format() => Message.Format(Arguments);
}
