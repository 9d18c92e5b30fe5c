namespace S3Criteria.Cli;

/// <summary>
/// The values of a configuration file (<c>.s3criteria.yaml</c>): defaults for the options of <c>check</c> that users
/// repeat. Every value is <see langword="null"/> when the file does not give it; paths are already resolved against
/// the file's directory. Command-line options override them.
/// </summary>
internal sealed record CliConfig
{
    /// <summary>Gets the file the values came from.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the rule files or directories (<c>--rules</c>).</summary>
    public IReadOnlyList<string>? Rules { get; init; }

    /// <summary>Gets whether to load the built-in rules beside <see cref="Rules"/> (<c>--with-built-in</c>).</summary>
    public bool? WithBuiltIn { get; init; }

    /// <summary>Gets the parameter values, as <c>--set name=value</c> gives them; a <c>--set</c> of the same name wins.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>Gets the waiver file (<c>--waivers</c>).</summary>
    public string? Waivers { get; init; }

    /// <summary>Gets the baseline report (<c>--baseline</c>).</summary>
    public string? Baseline { get; init; }

    /// <summary>Gets the severity that fails the run (<c>--fail-on</c>).</summary>
    public string? FailOn { get; init; }

    /// <summary>Gets the outputs, each <c>FORMAT</c> or <c>FORMAT=PATH</c> (<c>--format</c>).</summary>
    public IReadOnlyList<string>? Formats { get; init; }

    /// <summary>Gets the exclusion patterns (<c>--exclude</c>); those of the command line are added to them.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Gets the evaluation date, YYYY-MM-DD (<c>--date</c>).</summary>
    public string? Date { get; init; }

    /// <summary>Gets the language (<c>--language</c>).</summary>
    public string? Language { get; init; }

    /// <summary>Gets whether to print only open findings (<c>--quiet</c>).</summary>
    public bool? Quiet { get; init; }

    /// <summary>Gets whether to list references (<c>--verbose</c>).</summary>
    public bool? Verbose { get; init; }
}
