using System.Linq.Expressions;
using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <content>
/// Conditions and presence: <c>require</c> and <c>applies-when</c> conditions, <c>needs</c>, <c>is missing</c>, and the
/// optional values a rule reads without testing them (its implicit needs).
/// </content>
internal sealed partial class ExpressionBinder
{
    /// <summary>
    /// Gets the optional values the expressions bound so far read directly (outside aggregates) without testing them
    /// with <c>is missing</c>: when one is missing, the rule cannot assess the subject.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, Expression>> ImplicitNeeds =>
        [.. _implicitNeeds.Where(need => !_testedPaths.Contains(need.Key))];

    /// <summary>Binds a condition: the expression must be true/false.</summary>
    public Expression? BindCondition(ExpressionSource source, Expr expression)
    {
        var typed = Bind(source, expression);
        if (typed is null)
        {
            return null;
        }

        if (typed.Type.Kind != DataTypeKind.Boolean)
        {
            Report(Messages.ConditionNotBoolean, expression.Position, ("type", typed.Type.DisplayName));
            return null;
        }

        return typed.Expression;
    }

    /// <summary>Binds a presence requirement (<c>needs</c>): a value that must be given, or a collection the document must state (it may be empty).</summary>
    public Expression? BindPresence(ExpressionSource source, Expr expression)
    {
        _presenceDepth++;
        var typed = Bind(source, expression);
        _presenceDepth--;
        if (typed is null)
        {
            return null;
        }

        // A list is given when the document states it, even empty ("none"): an empty list is judged, not "cannot assess".
        return Present(typed);
    }

    private Typed? BindPresenceTest(PresenceExpr presence)
    {
        _presenceDepth++;
        var target = Bind(presence.Target);
        _presenceDepth--;
        if (target is null)
        {
            return null;
        }

        if (!target.Type.IsScalar)
        {
            Report(Messages.PresenceNeedsSingleValue, presence.Target.Position, ("type", target.Type.DisplayName));
            return null;
        }

        if (target.Path is not null)
        {
            _testedPaths.Add(target.Path);
        }

        var present = Present(target);
        return new Typed(DataType.Boolean, presence.Present ? present : Expression.Not(present));
    }

    /// <summary>Records that the rule reads the optional value <paramref name="typed"/> directly, unless inside an aggregate or a presence test.</summary>
    private void NoteRead(ModelField field, Typed typed)
    {
        if (field.IsOptional && typed.Path is not null && _aggregateDepth == 0 && _presenceDepth == 0)
        {
            _implicitNeeds.TryAdd(typed.Path, Present(typed));
        }
    }

    /// <summary>
    /// Records that the rule reads a list the document may leave out. Unlike optional values of items, this counts
    /// inside aggregates too: a rule that counts partnerships when the document does not state them cannot assess.
    /// </summary>
    private void NoteListRead(Typed typed)
    {
        if (NameScope.IsStatedList(typed) && typed.Path is not null && _presenceDepth == 0)
        {
            _implicitNeeds.TryAdd(typed.Path, typed.Presence!);
        }
    }

    /// <summary>The test of whether a value is given: text must not be blank; true/false, objects and lists always are.</summary>
    private static Expression Present(Typed typed) => typed.Presence ?? typed.Type.Kind switch
    {
        DataTypeKind.Text => Expression.Call(Method(nameof(RuleFunctions.IsPresent)), typed.Expression),
        DataTypeKind.Boolean or DataTypeKind.Object or DataTypeKind.List => Expression.Constant(true),
        _ => Expression.NotEqual(typed.Expression, Expression.Constant(null, typed.Expression.Type)),
    };
}
