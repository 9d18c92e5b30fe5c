using FluentValidation;
using FluentValidation.Results;
using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Documents;

/// <summary>
/// The model's invariants, checked with FluentValidation: unique identifiers, references that resolve, dates in order,
/// non-negative amounts. Property names are document paths (<c>partnerships[3].end</c>), so failures map back to lines.
/// Kept internal: <see cref="StrategyDocument.Validate(Strategy, string?)"/> is the public face.
/// </summary>
internal sealed class StrategyValidator : AbstractValidator<Strategy>
{
    public static readonly StrategyValidator Instance = new();

    /// <summary>A BCP 47 language tag, loosely: a primary language subtag and optional subtags (<c>it</c>, <c>el-GR</c>, <c>pt_PT</c>).</summary>
    public const string LanguageTagPattern = "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$";

    private StrategyValidator()
    {
        RuleFor(s => s.Id).NotEmpty().OverridePropertyName("id").WithMessage(Messages.StrategyValueEmpty, _ => [("key", "id")]);
        RuleFor(s => s.Title).NotEmpty().OverridePropertyName("title").WithMessage(Messages.StrategyValueEmpty, _ => [("key", "title")]);
        RuleFor(s => s.PeriodEnd)
            .GreaterThanOrEqualTo(s => s.PeriodStart)
            .OverridePropertyName("period-end")
            .WithMessage(Messages.StrategyPeriodOutOfOrder, s => [("end", s.PeriodEnd), ("start", s.PeriodStart)]);
        RuleFor(s => s.Language)
            .Matches(LanguageTagPattern)
            .When(s => s.Language is not null)
            .OverridePropertyName("language")
            .WithMessage(Messages.StrategyLanguageInvalid, s => [("value", s.Language)]);
        RuleFor(s => s).Custom(CheckIdentifiers);
        RuleFor(s => s).Custom(CheckReferences);
        RuleFor(s => s).Custom(CheckValues);
    }

    private static void CheckIdentifiers(Strategy strategy, ValidationContext<Strategy> context)
    {
        Unique(context, "priorities", Stated(strategy.Priorities), p => p.Id);
        Unique(context, "partnerships", Stated(strategy.Partnerships), p => p.Id);
        Unique(context, "stakeholders", Stated(strategy.Stakeholders), s => s.Id);
        Unique(context, "indicators", Stated(strategy.Indicators), i => i.Id);
        Unique(context, "actions", Stated(strategy.Actions), a => a.Id);
        Unique(context, "evidence", Stated(strategy.Evidence), e => e.Id);
    }

    /// <summary>A collection the document does not state has no items to check.</summary>
    private static IReadOnlyList<T> Stated<T>(IReadOnlyList<T>? items) => items ?? [];

    private static void Unique<T>(ValidationContext<Strategy> context, string collection, IReadOnlyList<T> items, Func<T, string?> id)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var value = id(items[i]);
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (first.TryGetValue(value, out var earlier))
            {
                Fail(context, $"{collection}[{i}].id", Messages.StrategyDuplicateId, ("id", value), ("first", $"{collection}[{earlier}]"));
            }
            else
            {
                first.Add(value, i);
            }
        }
    }

    private static void CheckReferences(Strategy strategy, ValidationContext<Strategy> context)
    {
        // One budget for every suggestion of the document, so that thousands of unresolved references among thousands of
        // identifiers cost no more than a few; each error lists a few known identifiers, not all of them.
        var budget = new SuggestionBudget(SuggestionBudget.PerDocument);
        var priorities = new KnownIds(Stated(strategy.Priorities).Select(p => p.Id), budget);
        var partnerships = new KnownIds(Stated(strategy.Partnerships).Select(p => p.Id), budget);
        for (var i = 0; i < Stated(strategy.Partnerships).Count; i++)
        {
            References(context, $"partnerships[{i}].priorities", Stated(strategy.Partnerships)[i].Priorities, priorities, "priority area");
        }

        for (var i = 0; i < Stated(strategy.Stakeholders).Count; i++)
        {
            References(context, $"stakeholders[{i}].priorities", Stated(strategy.Stakeholders)[i].Priorities, priorities, "priority area");
            References(context, $"stakeholders[{i}].partnerships", Stated(strategy.Stakeholders)[i].Partnerships, partnerships, "partnership");
        }

        for (var i = 0; i < Stated(strategy.Indicators).Count; i++)
        {
            if (Stated(strategy.Indicators)[i].Priority is { } priority)
            {
                References(context, $"indicators[{i}].priority", priority, priorities, "priority area");
            }
        }

        for (var i = 0; i < Stated(strategy.Actions).Count; i++)
        {
            References(context, $"actions[{i}].priorities", Stated(strategy.Actions)[i].Priorities, priorities, "priority area");
        }

        for (var i = 0; i < Stated(strategy.Evidence).Count; i++)
        {
            References(context, $"evidence[{i}].priorities", Stated(strategy.Evidence)[i].Priorities, priorities, "priority area");
        }
    }

    private static void References(ValidationContext<Strategy> context, string path, IReadOnlyList<string> ids, KnownIds known, string what)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            References(context, $"{path}[{j}]", ids[j], known, what);
        }
    }

    private static void References(ValidationContext<Strategy> context, string path, string id, KnownIds known, string what)
    {
        if (known.Contains(id))
        {
            return;
        }

        if (known.Count == 0)
        {
            Fail(context, path, Messages.StrategyUnresolvedReferenceNoneDeclared, ("kind", what), ("id", id));
        }
        else
        {
            Fail(context, path, Messages.StrategyUnresolvedReference, ("kind", what), ("id", id), ("suggestion", known.Suggest(id)), ("known", known.Excerpt));
        }
    }

    private static void CheckValues(Strategy strategy, ValidationContext<Strategy> context)
    {
        for (var i = 0; i < Stated(strategy.Priorities).Count; i++)
        {
            NonNegative(context, $"priorities[{i}].budget", Stated(strategy.Priorities)[i].Budget);
        }

        for (var i = 0; i < Stated(strategy.Partnerships).Count; i++)
        {
            var partnership = Stated(strategy.Partnerships)[i];
            NonNegative(context, $"partnerships[{i}].funding", partnership.Funding);
            if (partnership.Start is { } start && partnership.End is { } end && end < start)
            {
                Fail(context, $"partnerships[{i}].end", Messages.StrategyPartnershipOutOfOrder, ("end", IsoDate.ToText(end)), ("start", IsoDate.ToText(start)));
            }
        }

        for (var i = 0; i < Stated(strategy.Indicators).Count; i++)
        {
            var indicator = Stated(strategy.Indicators)[i];
            if (indicator.BaselineYear is { } baseline && indicator.TargetYear is { } target && target < baseline)
            {
                Fail(context, $"indicators[{i}].target-year", Messages.StrategyTargetBeforeBaseline, ("target", target), ("baseline", baseline));
            }
        }

        for (var i = 0; i < Stated(strategy.Actions).Count; i++)
        {
            NonNegative(context, $"actions[{i}].budget", Stated(strategy.Actions)[i].Budget);
        }

        for (var i = 0; i < Stated(strategy.Evidence).Count; i++)
        {
            var criteria = Stated(strategy.Evidence)[i].Criteria;
            for (var j = 0; j < criteria.Count; j++)
            {
                if (criteria[j] is < 1 or > 7)
                {
                    Fail(context, $"evidence[{i}].criteria[{j}]", Messages.StrategyCriterionNumber, ("number", criteria[j]));
                }
            }
        }

        CheckCodes(strategy, context);
    }

    /// <summary>A NUTS code must lie in the country it is given with, and a region's NUTS 2 region must contain it.</summary>
    private static void CheckCodes(Strategy strategy, ValidationContext<Strategy> context)
    {
        if (strategy.Region?.Nuts2 is { } nuts2 && (nuts2.Level != 2 || !strategy.Region.Code.Value.StartsWith(nuts2.Value, StringComparison.Ordinal) || strategy.Region.Code.Level != 3))
        {
            Fail(context, "region.nuts2", Messages.StrategyNuts2NotContaining, ("nuts2", nuts2.Value), ("code", strategy.Region.Code.Value));
        }

        var partnerships = Stated(strategy.Partnerships);
        for (var i = 0; i < partnerships.Count; i++)
        {
            for (var j = 0; j < partnerships[i].Partners.Count; j++)
            {
                var partner = partnerships[i].Partners[j];
                if (partner.Nuts is { } nuts && partner.Country != default && nuts.Country != partner.Country)
                {
                    Fail(context, $"partnerships[{i}].partners[{j}].nuts", Messages.StrategyNutsOutsideCountry, ("nuts", nuts.Value), ("nutsCountry", nuts.Country.Value), ("country", partner.Country.Value));
                }
            }
        }
    }

    private static void NonNegative(ValidationContext<Strategy> context, string path, decimal? amount)
    {
        if (amount < 0)
        {
            Fail(context, path, Messages.StrategyNegativeAmount, ("amount", amount));
        }
    }

    private static void Fail(ValidationContext<Strategy> context, string path, Message message, params (string Name, object? Value)[] arguments)
    {
        var failure = new ValidationMessage(message, arguments);
        context.AddFailure(new ValidationFailure(path, failure.Format()) { ErrorCode = message.Code, CustomState = failure });
    }
}
