using S3Criteria.Engine;
using S3Criteria.Rules.Language;

namespace S3Criteria.Reports;

/// <summary>
/// What a rule says about one subject (its message, recommendation, rationale and evidence), rendered by the
/// <see cref="TextRenderer"/> when first read and kept: a report whose texts nobody reads never renders them.
/// Thread-safe: concurrent first reads may render twice, and every reader gets the same text.
/// </summary>
/// <remarks>
/// Rendering runs the rule's expressions again (placeholders, evidence values), after the evaluation's
/// <see cref="WorkMeter"/> is gone; each text therefore gets a meter of its own with the evaluation's limit, so a
/// template that iterates hostile collections stops at the same budget as a condition, and says so in its text.
/// </remarks>
internal sealed class RuleTexts(TextRenderer renderer, CompiledRule rule, EvaluationScope scope, object subject, IReadOnlyList<string>? missing, long workLimit)
{
    /// <summary>Stands for a text rendered as "none", so that it is not rendered again.</summary>
    private static readonly string None = new('\0', 1);

    private string? _message;
    private string? _recommendation;
    private string? _rationale;
    private IReadOnlyList<EvidenceItem>? _evidence;

    /// <summary>Gets the message; for a subject that lacks data, what it lacks.</summary>
    public string Message =>
        Volatile.Read(ref _message) ?? Keep(ref _message, missing is null ? Metered(() => renderer.Template(rule.Message, scope, subject)) : renderer.CannotAssess(missing));

    /// <summary>Gets the recommendation, if the rule has one; for a subject that lacks data, what to add.</summary>
    public string? Recommendation => Shown(Volatile.Read(ref _recommendation) ?? Keep(ref _recommendation, RenderRecommendation() ?? None));

    /// <summary>Gets the rule's rationale, if it has one.</summary>
    public string? Rationale => Shown(Volatile.Read(ref _rationale) ?? Keep(ref _rationale, renderer.Rationale(rule.Descriptor) ?? None));

    /// <summary>Gets the values the rule computed for the subject; none for a subject that lacks data.</summary>
    public IReadOnlyList<EvidenceItem> Evidence =>
        Volatile.Read(ref _evidence) ?? Interlocked.CompareExchange(ref _evidence, missing is null ? Metered(() => TextRenderer.Evidence(rule, scope, subject)) : [], null) ?? _evidence!;

    private string? RenderRecommendation() =>
        missing is not null ? renderer.AddMissing(missing)
        : rule.Recommendation is { } template ? Metered(() => renderer.Template(template, scope, subject))
        : null;

    /// <summary>Renders under a meter of its own; what went past the limit is replaced by a text that says so.</summary>
    private string Metered(Func<string> render)
    {
        var meter = new WorkMeter(rule.Index + 1, workLimit, CancellationToken.None);
        using (meter.Activate())
        {
            var text = render();
            return meter.IsExhausted(rule.Index) ? TextRenderer.OverBudget(workLimit) : text;
        }
    }

    /// <summary>Renders evidence under a meter of its own; values computed past the limit are replaced by a text that says so.</summary>
    private IReadOnlyList<EvidenceItem> Metered(Func<IReadOnlyList<EvidenceItem>> render)
    {
        var meter = new WorkMeter(rule.Index + 1, workLimit, CancellationToken.None);
        using (meter.Activate())
        {
            var items = render();
            return meter.IsExhausted(rule.Index) ? [.. items.Select(i => new EvidenceItem(i.Name, TextRenderer.OverBudget(workLimit)))] : items;
        }
    }

    private static string? Shown(string text) => ReferenceEquals(text, None) ? null : text;

    private static string Keep(ref string? field, string text) => Interlocked.CompareExchange(ref field, text, null) ?? text;
}
