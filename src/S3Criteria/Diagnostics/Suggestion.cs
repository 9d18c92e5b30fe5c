namespace S3Criteria.Diagnostics;

/// <summary>The "did you mean" of a diagnostic: <c>Did you mean 'x'? </c>, or nothing when no known name is close.</summary>
internal readonly record struct Suggestion : IFormattable, ILocalizableArgument
{
    private readonly bool _trimmed;

    /// <summary>Initializes a new instance of the <see cref="Suggestion"/> struct.</summary>
    /// <param name="candidate">The closest known name, if one is close enough to be a typo.</param>
    public Suggestion(string? candidate) => Candidate = candidate;

    private Suggestion(string? candidate, bool trimmed)
    {
        Candidate = candidate;
        _trimmed = trimmed;
    }

    /// <summary>Gets the closest known name, if any.</summary>
    public string? Candidate { get; }

    /// <summary>Gets whether there is a suggestion.</summary>
    public bool IsEmpty => Candidate is null;

    /// <summary>Gets the English text (ending with a space unless <see cref="TrimEnd"/> made it), or nothing.</summary>
    public string Text => Candidate is null ? string.Empty : _trimmed ? $"Did you mean '{Candidate}'?" : $"Did you mean '{Candidate}'? ";

    /// <summary>Gets the English text.</summary>
    /// <param name="suggestion">The suggestion.</param>
    public static implicit operator string(Suggestion suggestion) => suggestion.Text;

    /// <summary>The same suggestion without the space that ends it, for a message where it comes last.</summary>
    /// <returns>The suggestion.</returns>
    public Suggestion TrimEnd() => new(Candidate, trimmed: true);

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => Text;

    /// <inheritdoc/>
    public string Localize(IPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (Candidate is null)
        {
            return string.Empty;
        }

        var text = phrases.Format("value.did-you-mean", ("name", Candidate));
        return _trimmed ? text.TrimEnd() : text;
    }
}
