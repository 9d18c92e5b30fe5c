using System.Runtime.CompilerServices;
using S3Criteria.Diagnostics;
using S3Criteria.Engine;
using S3Criteria.Model;
using S3Criteria.Rules.Language;

namespace S3Criteria.Forecasting;

/// <summary>
/// Reads each rule's expressions (applies-when, lets, needs and require; not the message templates, which do not decide
/// a result) into a <see cref="RuleClock"/>. Done once per rule set and kept beside it.
/// </summary>
internal static class RuleClockReader
{
    private const string TodayName = "today";

    private static readonly ConditionalWeakTable<RuleSet, IReadOnlyList<RuleClock>> Cache = [];

    /// <summary>The kebab-case names of every date and year field of the model.</summary>
    private static readonly HashSet<string> DateFieldNames = [.. DocumentDates.DateFields().Select(f => f.Name)];

    /// <summary>Gets the clocks of a rule set's enabled rules, in rule-set order.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>One clock per rule.</returns>
    public static IReadOnlyList<RuleClock> Of(RuleSet ruleSet) => Cache.GetValue(ruleSet, Read);

    private static IReadOnlyList<RuleClock> Read(RuleSet ruleSet)
    {
        var composition = ruleSet.Composition;
        var parameters = composition.ParameterValues;
        var clocks = new List<RuleClock>(composition.Rules.Count);
        foreach (var rule in composition.Rules)
        {
            var definition = rule.Definition;
            var walker = new Walker(parameters);
            IEnumerable<ExpressionSource> sources = [.. definition.AppliesWhen is null ? [] : new[] { definition.AppliesWhen }, .. definition.Lets.Select(l => l.Source), .. definition.Needs, definition.Require];
            foreach (var source in sources)
            {
                if (Parser.Parse(source, new List<Diagnostic>()) is { } expression)
                {
                    walker.Visit(expression, sign: 0);
                }
            }

            clocks.Add(new RuleClock
            {
                RuleId = definition.Id,
                ReadsToday = walker.ReadsToday,
                Fields = walker.Fields,
                Offsets = [.. walker.Offsets.Distinct()],
                Literals = [.. walker.Literals.Distinct().Order()],
                HasUnresolvedOffset = walker.Unresolved,
            });
        }

        return clocks;
    }

    /// <summary>Walks one rule's syntax trees, collecting what its <see cref="RuleClock"/> holds.</summary>
    private sealed class Walker(IReadOnlyDictionary<string, ParameterValue> parameters)
    {
        public bool ReadsToday { get; private set; }

        public HashSet<string> Fields { get; } = new(StringComparer.Ordinal);

        public List<ClockOffset> Offsets { get; } = [];

        public List<DateOnly> Literals { get; } = [];

        public bool Unresolved { get; private set; }

        /// <summary>Visits a node. <paramref name="sign"/> is 1 or -1 when the node is added to or subtracted from a date, 0 when unknown.</summary>
        public void Visit(Expr expression, int sign)
        {
            switch (expression)
            {
                case NameExpr { Name: TodayName }:
                    ReadsToday = true;
                    break;
                case LiteralExpr { Value: string text } when IsoDate.TryParse(text, out var date):
                    Literals.Add(date);
                    break;
                case MemberExpr member:
                    if (DateFieldNames.Contains(member.Name))
                    {
                        Fields.Add(member.Name);
                    }

                    Visit(member.Target, 0);
                    break;
                case UnaryExpr unary:
                    Visit(unary.Operand, unary.Operator == UnaryOperator.Negate ? -sign : 0);
                    break;
                case BinaryExpr { Operator: BinaryOperator.Plus or BinaryOperator.Minus } arithmetic:
                    var outer = sign == 0 ? 1 : sign;
                    Visit(arithmetic.Left, outer);
                    Visit(arithmetic.Right, arithmetic.Operator == BinaryOperator.Plus ? outer : -outer);
                    break;
                case BinaryExpr binary:
                    Visit(binary.Left, 0);
                    Visit(binary.Right, 0);
                    break;
                case PresenceExpr presence:
                    Visit(presence.Target, 0);
                    break;
                case ListExpr list:
                    foreach (var item in list.Items)
                    {
                        Visit(item, 0);
                    }

                    break;
                case CallExpr call:
                    VisitCall(call, sign);
                    break;
                case AggregateExpr aggregate:
                    Visit(aggregate.Source, 0);
                    if (aggregate.Filter is not null)
                    {
                        Visit(aggregate.Filter, 0);
                    }

                    if (aggregate.Projection is not null)
                    {
                        Visit(aggregate.Projection, 0);
                    }

                    break;
            }
        }

        private void VisitCall(CallExpr call, int sign)
        {
            if (!FunctionCatalogue.TryFind(call.Name, out var function))
            {
                return;
            }

            switch (function.Function)
            {
                case BuiltinFunction.Running:
                    ReadsToday = true;
                    Fields.Add("start");
                    Fields.Add("end");
                    break;
                case BuiltinFunction.Years or BuiltinFunction.Months or BuiltinFunction.Days:
                    AddOffset(function.Function, call.Arguments, sign);
                    return;
                case BuiltinFunction.Date when call.Arguments is [LiteralExpr { Value: decimal y }, LiteralExpr { Value: decimal m }, LiteralExpr { Value: decimal d }]
                    && y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth((int)y, (int)m):
                    Literals.Add(new DateOnly((int)y, (int)m, (int)d));
                    break;
            }

            foreach (var argument in call.Arguments)
            {
                Visit(argument, 0);
            }
        }

        private void AddOffset(BuiltinFunction unit, IReadOnlyList<Expr> arguments, int sign)
        {
            var (number, parameter) = arguments switch
            {
                [LiteralExpr { Value: decimal literal }] => ((decimal?)literal, (string?)null),
                [UnaryExpr { Operator: UnaryOperator.Negate, Operand: LiteralExpr { Value: decimal negative } }] => (-negative, null),
                [NameExpr name] when parameters.TryGetValue(name.Name, out var value) && value.Value is decimal set => (set, name.Name),
                _ => (null, null),
            };
            if (number is not { } n || Math.Abs(n) > 10_000)
            {
                Unresolved = true;
                return;
            }

            var span = unit switch
            {
                BuiltinFunction.Years => DateSpan.FromYears(n),
                BuiltinFunction.Months => DateSpan.FromMonths(n),
                _ => DateSpan.FromDays(n),
            };
            if (sign == 0)
            {
                // Not visibly added to or subtracted from a date: take both directions.
                Offsets.Add(new ClockOffset(span, 1, parameter));
                Offsets.Add(new ClockOffset(span, -1, parameter));
            }
            else
            {
                Offsets.Add(new ClockOffset(span, sign, parameter));
            }
        }
    }
}
