using S3Criteria.Writers.Escaping;

namespace S3Criteria.Cli;

/// <summary>The one way commands write a usage or input error on standard error.</summary>
internal static class CliError
{
    /// <summary>
    /// Writes <c>error: </c> and the message, escaped for the terminal (a path or value may hold control characters).
    /// The prefix stays English in every language, for scripts that look for it; the message is the reader's language.
    /// </summary>
    public static void Write(TextWriter error, string message) => error.WriteLine("error: " + TerminalEscaping.Text(message));
}
