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

    private StrategyValidator()
    {
        RuleFor(s => s.Id).NotEmpty().OverridePropertyName("id").WithMessage(Messages.StrategyValueEmpty, _ => [("key", "id")]);
        RuleFor(s => s.Title).NotEmpty().OverridePropertyName("title").WithMessage(Messages.StrategyValueEmpty, _ => [("key", "title")]);
        RuleFor(s => s.PeriodEnd)
            .GreaterThanOrEqualTo(s => s.PeriodStart)
            .OverridePropertyName("period-end")
            .WithMessage(Messages.StrategyPeriodOutOfOrder, s => [("end", s.PeriodEnd), ("start", s.PeriodStart)]);
        RuleFor(s => s).Custom(CheckIdentifiers);
        RuleFor(s => s).Custom(CheckReferences);
        RuleFor(s => s).Custom(CheckValues);
    }

    private static void CheckIdentifiers(Strategy strategy, ValidationContext<Strategy> context)
    {
        Unique(context, "priorities", strategy.Priorities, p => p.Id);
        Unique(context, "partnerships", strategy.Partnerships, p => p.Id);
        Unique(context, "stakeholders", strategy.Stakeholders, s => s.Id);
        Unique(context, "indicators", strategy.Indicators, i => i.Id);
        Unique(context, "actions", strategy.Actions, a => a.Id);
    }

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
        var priorities = strategy.Priorities.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var partnerships = strategy.Partnerships.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < strategy.Partnerships.Count; i++)
        {
            References(context, $"partnerships[{i}].priorities", strategy.Partnerships[i].Priorities, priorities, "priority area");
        }

        for (var i = 0; i < strategy.Stakeholders.Count; i++)
        {
            References(context, $"stakeholders[{i}].priorities", strategy.Stakeholders[i].Priorities, priorities, "priority area");
            References(context, $"stakeholders[{i}].partnerships", strategy.Stakeholders[i].Partnerships, partnerships, "partnership");
        }

        for (var i = 0; i < strategy.Indicators.Count; i++)
        {
            if (strategy.Indicators[i].Priority is { } priority)
            {
                References(context, $"indicators[{i}].priority", priority, priorities, "priority area");
            }
        }

        for (var i = 0; i < strategy.Actions.Count; i++)
        {
            References(context, $"actions[{i}].priorities", strategy.Actions[i].Priorities, priorities, "priority area");
        }
    }

    private static void References(ValidationContext<Strategy> context, string path, IReadOnlyList<string> ids, HashSet<string> known, string what)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            References(context, $"{path}[{j}]", ids[j], known, what);
        }
    }

    private static void References(ValidationContext<Strategy> context, string path, string id, HashSet<string> known, string what)
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
            // An item whose identifier failed to bind is in the set as null (the binder reported it); it prints as nothing.
            Fail(context, path, Messages.StrategyUnresolvedReference, ("kind", what), ("id", id), ("known", known.Order(StringComparer.Ordinal).Select(k => k ?? string.Empty)));
        }
    }

    private static void CheckValues(Strategy strategy, ValidationContext<Strategy> context)
    {
        for (var i = 0; i < strategy.Priorities.Count; i++)
        {
            NonNegative(context, $"priorities[{i}].budget", strategy.Priorities[i].Budget);
        }

        for (var i = 0; i < strategy.Partnerships.Count; i++)
        {
            var partnership = strategy.Partnerships[i];
            NonNegative(context, $"partnerships[{i}].funding", partnership.Funding);
            if (partnership.Start is { } start && partnership.End is { } end && end < start)
            {
                Fail(context, $"partnerships[{i}].end", Messages.StrategyPartnershipOutOfOrder, ("end", IsoDate.ToText(end)), ("start", IsoDate.ToText(start)));
            }
        }

        for (var i = 0; i < strategy.Indicators.Count; i++)
        {
            var indicator = strategy.Indicators[i];
            if (indicator.BaselineYear is { } baseline && indicator.TargetYear is { } target && target < baseline)
            {
                Fail(context, $"indicators[{i}].target-year", Messages.StrategyTargetBeforeBaseline, ("target", target), ("baseline", baseline));
            }
        }

        for (var i = 0; i < strategy.Actions.Count; i++)
        {
            NonNegative(context, $"actions[{i}].budget", strategy.Actions[i].Budget);
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
