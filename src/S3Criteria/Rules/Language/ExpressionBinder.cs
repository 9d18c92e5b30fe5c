using System.Linq.Expressions;
using System.Reflection;
using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Rules.Language;

/// <summary>
/// Type-checks a parsed expression against the model schema and compiles it to a LINQ expression over the evaluation
/// scope and the rule's subject. Every name is resolved here, at load time: an unknown field, parameter or value is a
/// located diagnostic, never a run-time surprise. The only members compiled code touches are model property getters and
/// <see cref="RuleFunctions"/>.
/// </summary>
/// <remarks>
/// One binder serves one rule. Its parts: names and fields (<c>ExpressionBinder.Names.cs</c>, over a
/// <see cref="NameScope"/>), literals and the coercion of text to dates and enumeration values
/// (<c>.Literals.cs</c>), operators (<c>.Operators.cs</c>, <c>.Membership.cs</c>), function calls (<c>.Calls.cs</c>),
/// aggregates (<c>.Aggregates.cs</c>), and conditions and presence (<c>.Presence.cs</c>).
/// </remarks>
internal sealed partial class ExpressionBinder
{
    private readonly NameScope _names;
    private readonly ICollection<Diagnostic> _diagnostics;
    private readonly Dictionary<string, Expression> _implicitNeeds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _testedPaths = new(StringComparer.Ordinal);
    private ExpressionSource _source = ExpressionSource.FromText(string.Empty);
    private readonly ConstantExpression _rule;
    private int _aggregateDepth;
    private int _presenceDepth;

    /// <summary>Initializes a new instance of the <see cref="ExpressionBinder"/> class.</summary>
    /// <param name="subjectKind">The model kind of the rule's subject, if it is an item of a collection.</param>
    /// <param name="subjectName">The subject's name in expressions (<c>partnership</c>).</param>
    /// <param name="parameters">The parameters in force.</param>
    /// <param name="vehicles">The catalogue of cooperation vehicles.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="rule">
    /// The index of the rule in the compiled set, compiled into every loop so that its work counts against that rule's
    /// budget (<see cref="WorkMeter"/>); negative when the expressions belong to no rule.
    /// </param>
    public ExpressionBinder(
        ModelKind? subjectKind,
        string? subjectName,
        IReadOnlyDictionary<string, ParameterValue> parameters,
        IReadOnlyList<CooperationVehicle> vehicles,
        ICollection<Diagnostic> diagnostics,
        int rule = -1)
    {
        _names = new NameScope(subjectKind, subjectName, parameters, vehicles);
        _diagnostics = diagnostics;
        _rule = Expression.Constant(rule);
    }

    public ParameterExpression Scope => _names.Scope;

    public ParameterExpression? Subject => _names.Subject;

    public ModelKind? SubjectKind => _names.SubjectKind;

    public string? SubjectName => _names.SubjectName;

    /// <summary>Gets the parameters the bound expressions used.</summary>
    public HashSet<string> UsedParameters => _names.UsedParameters;

    /// <summary>Gets an expression for the subject's identity, for the report: the subject itself, or the strategy.</summary>
    public Expression SubjectOrStrategy => Subject ?? _names.Strategy;

    /// <summary>Declares a named value (<c>let</c>) for later expressions and templates.</summary>
    public void DefineLet(string name, Typed value) => _names.DefineLet(name, value);

    /// <summary>Gets a value indicating whether <paramref name="name"/> names a let, a parameter, a built-in name or the subject.</summary>
    public bool IsNameTaken(string name) => _names.IsNameTaken(name);

    /// <summary>Gets a value indicating whether <paramref name="name"/> names a let, a parameter or the subject.</summary>
    public bool IsNameTakenLocally(string name) => _names.IsNameTakenLocally(name);

    public Typed? Bind(ExpressionSource source, Expr expression, DataType? expected = null)
    {
        _source = source;
        return Bind(expression, expected);
    }

    private Typed? Bind(Expr expression, DataType? expected = null) => expression switch
    {
        LiteralExpr literal => BindLiteral(literal, expected),
        NameExpr name => BindName(name, expected),
        MemberExpr member => BindMember(member),
        UnaryExpr unary => BindUnary(unary),
        BinaryExpr binary => BindBinary(binary),
        PresenceExpr presence => BindPresenceTest(presence),
        ListExpr list => BindList(list, expected),
        CallExpr call => BindCall(call),
        AggregateExpr aggregate => BindAggregate(aggregate),
        _ => throw new InvalidOperationException(expression.GetType().Name),
    };

    private static Type ElementClr(DataType list) => list.ClrType.GetGenericArguments()[0];

    private static MethodInfo Method(string name) => typeof(RuleFunctions).GetMethod(name)!;

    /// <summary>Checks that <paramref name="typed"/> is of <paramref name="type"/>; if not, reports <paramref name="message"/> with its <c>{type}</c>.</summary>
    private bool Require(Typed typed, DataType type, int position, Message message, params (string Name, object? Value)[] arguments)
    {
        if (typed.Type.Equals(type))
        {
            return true;
        }

        Report(message, position, [.. arguments, ("type", typed.Type.DisplayName)]);
        return false;
    }

    private void Report(Message message, int position, params ReadOnlySpan<(string Name, object? Value)> arguments) =>
        _diagnostics.Add(message.At(_source.Locate(position), arguments));
}
