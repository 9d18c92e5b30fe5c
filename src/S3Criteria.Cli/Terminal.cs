namespace S3Criteria.Cli;

/// <summary>What the command line knows of the terminal it writes to: whether it wants colour, and how wide it is.</summary>
internal static class Terminal
{
    /// <summary>The width when standard output is not a terminal, or a terminal that does not say.</summary>
    public const int DefaultWidth = 80;

    /// <summary>
    /// Colour only on a terminal: standard output not redirected, <c>--no-color</c> not given (<paramref name="allowed"/>)
    /// and <c>NO_COLOR</c> not set to a non-empty value (https://no-color.org).
    /// </summary>
    /// <param name="output">The writer the report goes to.</param>
    /// <param name="allowed"><see langword="false"/> when <c>--no-color</c> was given.</param>
    public static bool WantsColour(TextWriter output, bool allowed) =>
        allowed && IsTerminal(output) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>The terminal's width when <paramref name="output"/> is one, else <see cref="DefaultWidth"/>.</summary>
    /// <param name="output">The writer the report goes to.</param>
    public static int Width(TextWriter output)
    {
        if (!IsTerminal(output))
        {
            return DefaultWidth;
        }

        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : DefaultWidth;
        }
        catch (Exception exception) when (exception is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return DefaultWidth;
        }
    }

    private static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
}
