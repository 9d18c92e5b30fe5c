using System.Text;

namespace S3Criteria.Diagnostics;

/// <summary>
/// One problem found in a rule file or a strategy document: what is wrong, where, and what was expected.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Diagnostic
{
    /// <summary>Initializes a new instance of the <see cref="Diagnostic"/> class.</summary>
    /// <param name="code">A stable code from <see cref="DiagnosticCodes"/>.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="location">Where in the source, if known.</param>
    /// <param name="path">The path of the offending value in the document, such as <c>partnerships[3].end</c>, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    public Diagnostic(string code, string message, SourceLocation? location = null, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        Code = code;
        Message = message;
        Location = location;
        Path = path;
    }

    /// <summary>A diagnostic of the message catalogue, which keeps its message id and rendered arguments for translation.</summary>
    internal Diagnostic(
        string code,
        string message,
        SourceLocation? location,
        string? path,
        string messageId,
        IReadOnlyDictionary<string, string> arguments,
        IReadOnlyDictionary<string, ILocalizableArgument>? localizable = null)
        : this(code, message, location, path)
    {
        MessageId = messageId;
        Arguments = arguments;
        LocalizableArguments = localizable ?? NoLocalizableArguments;
    }

    /// <summary>Gets the stable code, such as <c>S3C0102</c>; see <see cref="DiagnosticCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets what is wrong and what was expected.</summary>
    public string Message { get; }

    /// <summary>Gets where in the source the problem is, if known.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Gets the path of the offending value in the document, such as <c>partnerships[3].end</c>, if any.</summary>
    public string? Path { get; }

    /// <summary>Gets the id of the catalogue message this diagnostic was made of, if any: the key of its translations.</summary>
    internal string? MessageId { get; }

    /// <summary>Gets the values of the message's placeholders as they were printed, by name.</summary>
    internal IReadOnlyDictionary<string, string> Arguments { get; } = new Dictionary<string, string>();

    /// <summary>Gets the arguments that are phrases of the tool's own, which another language words in its own way, by name.</summary>
    internal IReadOnlyDictionary<string, ILocalizableArgument> LocalizableArguments { get; } = NoLocalizableArguments;

    private static IReadOnlyDictionary<string, ILocalizableArgument> NoLocalizableArguments { get; } = new Dictionary<string, ILocalizableArgument>();

    /// <summary>Formats the diagnostic as <c>file(line,col): error CODE: path: message</c>.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Location is not null)
        {
            text.Append(Location).Append(": ");
        }

        text.Append("error ").Append(Code).Append(": ");
        if (!string.IsNullOrEmpty(Path))
        {
            text.Append(Path).Append(": ");
        }

        return text.Append(Message).ToString();
    }
}
