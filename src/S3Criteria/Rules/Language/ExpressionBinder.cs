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
internal sealed class ExpressionBinder
{
    private static readonly string[] Functions = ["count", "count-distinct", "list", "exists", "none", "share", "sum", "years", "months", "days", "year", "date"];

    private readonly Dictionary<string, Typed> _lets = new(StringComparer.Ordinal);
    private readonly List<(string Name, Typed Value)> _locals = [];
    private readonly IReadOnlyDictionary<string, ParameterValue> _parameters;
    private readonly IReadOnlyList<CooperationVehicle> _vehicles;
    private readonly ICollection<Diagnostic> _diagnostics;
    private readonly Dictionary<string, Expression> _implicitNeeds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _testedPaths = new(StringComparer.Ordinal);
    private ExpressionSource _source = ExpressionSource.FromText(string.Empty);
    private int _aggregateDepth;
    private int _presenceDepth;

    public ExpressionBinder(
        ModelKind? subjectKind,
        string? subjectName,
        IReadOnlyDictionary<string, ParameterValue> parameters,
        IReadOnlyList<CooperationVehicle> vehicles,
        ICollection<Diagnostic> diagnostics)
    {
        _parameters = parameters;
        _vehicles = vehicles;
        _diagnostics = diagnostics;
        Scope = Expression.Parameter(typeof(EvaluationScope), "scope");
        if (subjectKind is not null)
        {
            SubjectName = subjectName;
            Subject = Expression.Parameter(subjectKind.ClrType, "subject");
            SubjectKind = subjectKind;
        }
    }

    public ParameterExpression Scope { get; }

    public ParameterExpression? Subject { get; }

    public ModelKind? SubjectKind { get; }

    public string? SubjectName { get; }

    /// <summary>Gets the parameters the bound expressions used.</summary>
    public HashSet<string> UsedParameters { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets an expression for the subject's identity, for the report: the subject itself, or the strategy.</summary>
    public Expression SubjectOrStrategy => Subject ?? (Expression)Expression.Property(Scope, nameof(EvaluationScope.Strategy));

    /// <summary>Declares a named value (<c>let</c>) for later expressions and templates.</summary>
    public void DefineLet(string name, Typed value) => _lets[name] = value;

    public bool IsNameTaken(string name) =>
        _lets.ContainsKey(name) || _parameters.ContainsKey(name) || IsGlobal(name) || string.Equals(name, SubjectName, StringComparison.Ordinal);

    /// <summary>Gets a value indicating whether <paramref name="name"/> names a let, a parameter or the subject.</summary>
    public bool IsNameTakenLocally(string name) =>
        _lets.ContainsKey(name) || _parameters.ContainsKey(name) || string.Equals(name, SubjectName, StringComparison.Ordinal);

    /// <summary>
    /// Gets the optional values the expressions bound so far read directly (outside aggregates) without testing them
    /// with <c>is missing</c>: when one is missing, the rule cannot assess the subject.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, Expression>> ImplicitNeeds =>
        [.. _implicitNeeds.Where(need => !_testedPaths.Contains(need.Key))];

    public Typed? Bind(ExpressionSource source, Expr expression, DataType? expected = null)
    {
        _source = source;
        return Bind(expression, expected);
    }

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
            Report(expression.Position, DiagnosticCodes.TypeMismatch, $"A condition must be true or false, but this is a {typed.Type.DisplayName}. Compare it with a value, as in '… >= 1'.");
            return null;
        }

        return typed.Expression;
    }

    /// <summary>Binds a presence requirement (<c>needs</c>): a value that must be given, or a collection that must not be empty.</summary>
    public Expression? BindPresence(ExpressionSource source, Expr expression)
    {
        _presenceDepth++;
        var typed = Bind(source, expression);
        _presenceDepth--;
        if (typed is null)
        {
            return null;
        }

        if (typed.Type.Kind == DataTypeKind.List)
        {
            return Expression.Call(Method(nameof(RuleFunctions.Any)).MakeGenericMethod(ElementClr(typed.Type)), typed.Expression, Expression.Constant(null, typeof(Func<,>).MakeGenericType(ElementClr(typed.Type), typeof(bool))));
        }

        return Present(typed);
    }

    /// <summary>
    /// Binds the condition of <c>exists(x in partnerships where …)</c> with <paramref name="item"/> standing for each
    /// fact, so that the compiler can hand the test to an NRules <c>Not</c> or <c>Exists</c> group.
    /// </summary>
    public Expression? BindConditionOver(ExpressionSource source, Expr expression, string variable, ParameterExpression item, DataType elementType)
    {
        _source = source;
        _locals.Add((variable, new Typed(elementType, item)));
        _aggregateDepth++;
        try
        {
            return BindCondition(source, expression);
        }
        finally
        {
            _aggregateDepth--;
            _locals.RemoveAt(_locals.Count - 1);
        }
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

    private Typed? BindLiteral(LiteralExpr literal, DataType? expected)
    {
        switch (literal.Value)
        {
            case decimal number:
                return new Typed(DataType.Number, Expression.Constant(number, typeof(decimal?)), number);
            case bool flag:
                return new Typed(DataType.Boolean, Expression.Constant(flag), flag);
            case string text when expected?.Kind == DataTypeKind.Enum:
                return EnumConstant(text, expected, literal.Position, $"'{text}'");
            case string text when expected?.Kind == DataTypeKind.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date))
                {
                    return new Typed(DataType.Date, Expression.Constant(date, typeof(DateOnly?)), date);
                }

                Report(literal.Position, DiagnosticCodes.TypeMismatch, $"'{text}' is not a date; write dates as 'YYYY-MM-DD'.");
                return null;
            case string text:
                return new Typed(DataType.Text, Expression.Constant(text, typeof(string)), text);
            default:
                throw new InvalidOperationException();
        }
    }

    private Typed? EnumConstant(string text, DataType enumType, int position, string what)
    {
        if (Naming.TryParseEnum(enumType.EnumType!, text, out var value))
        {
            return new Typed(enumType, Expression.Constant(value, enumType.ClrType), value);
        }

        var names = Naming.EnumNames(enumType.EnumType!);
        Report(position, DiagnosticCodes.UnknownName, $"{what} is not a {enumType.DisplayName}. {NameSuggester.Suggest(text, names)}Expected one of: {string.Join(", ", names)}.");
        return null;
    }

    private Typed? BindName(NameExpr name, DataType? expected)
    {
        if (TryResolve(name.Name, out var typed))
        {
            if (typed.Constant is string text && expected?.Kind == DataTypeKind.Enum)
            {
                return EnumConstant(text, expected, name.Position, $"The parameter '{name.Name}' holds '{text}', which");
            }

            return typed;
        }

        if (expected?.Kind == DataTypeKind.Enum)
        {
            return EnumConstant(name.Name, expected, name.Position, $"'{name.Name}'");
        }

        var candidates = CandidateNames();
        Report(name.Position, DiagnosticCodes.UnknownName, $"Unknown name '{name.Name}'. {NameSuggester.Suggest(name.Name, candidates)}Names available here: {string.Join(", ", candidates)}.{MinusHint(name.Name)}");
        return null;
    }

    private bool IsKnownName(string name) => TryResolve(name, out _);

    /// <summary>Explains that <c>today-years(3)</c> is one name: names contain hyphens, so subtraction needs spaces.</summary>
    private string MinusHint(string name) =>
        name.Contains('-', StringComparison.Ordinal) && name.Split('-').Any(part => IsKnownName(part) || Functions.Contains(part))
            ? " To subtract, put spaces around the minus sign: 'a - b'."
            : string.Empty;

    private bool TryResolve(string name, out Typed typed)
    {
        for (var i = _locals.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_locals[i].Name, name, StringComparison.Ordinal))
            {
                typed = _locals[i].Value;
                return true;
            }
        }

        if (Subject is not null && string.Equals(name, SubjectName, StringComparison.Ordinal))
        {
            typed = new Typed(DataType.Object(SubjectKind!), Subject, Path: name);
            return true;
        }

        if (_lets.TryGetValue(name, out typed!))
        {
            return true;
        }

        if (_parameters.TryGetValue(name, out var parameter))
        {
            UsedParameters.Add(name);
            typed = new Typed(parameter.Type, Expression.Constant(parameter.Value, parameter.Type.ClrType), parameter.Value);
            return true;
        }

        var strategy = Expression.Property(Scope, nameof(EvaluationScope.Strategy));
        switch (name)
        {
            case "strategy":
                typed = new Typed(DataType.Object(ModelSchema.Strategy), strategy, Path: "strategy");
                return true;
            case "today":
                typed = new Typed(DataType.Date, Expression.Convert(Expression.Property(Scope, nameof(EvaluationScope.Today)), typeof(DateOnly?)));
                return true;
            case "vehicles":
                typed = new Typed(DataType.List(DataType.Object(ModelSchema.Vehicle)), Expression.Constant(_vehicles, typeof(IReadOnlyList<CooperationVehicle>)));
                return true;
        }

        if (ModelSchema.Strategy.TryGetField(name, out var field) && field.Type.Kind == DataTypeKind.List && field.Type.Element!.Kind == DataTypeKind.Object)
        {
            typed = new Typed(field.Type, Expression.Property(strategy, field.Property), Path: name);
            return true;
        }

        typed = null!;
        return false;
    }

    private static bool IsGlobal(string name) =>
        name is "strategy" or "today" or "vehicles" || (ModelSchema.Strategy.TryGetField(name, out var field) && field.Type.Kind == DataTypeKind.List && field.Type.Element!.Kind == DataTypeKind.Object);

    private List<string> CandidateNames()
    {
        var names = new List<string>();
        names.AddRange(_locals.Select(l => l.Name).Reverse());
        if (SubjectName is not null)
        {
            names.Add(SubjectName);
        }

        names.AddRange(_lets.Keys);
        names.AddRange(_parameters.Keys.Order(StringComparer.Ordinal));
        names.Add("strategy");
        names.Add("today");
        names.AddRange(ModelSchema.Subjects.Where(s => s.Collection is not null).Select(s => s.Collection!.Name));
        names.Add("vehicles");
        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    private Typed? BindMember(MemberExpr member)
    {
        var target = Bind(member.Target);
        if (target is null)
        {
            return null;
        }

        if (target.Type.Kind != DataTypeKind.Object)
        {
            Report(member.NamePosition, DiagnosticCodes.UnknownName, $"A {target.Type.DisplayName} has no field '{member.Name}'; only objects of the strategy model have fields.");
            return null;
        }

        var kind = target.Type.Model!;
        if (!kind.TryGetField(member.Name, out var field))
        {
            var names = kind.Fields.Select(f => f.Name).ToList();
            Report(member.NamePosition, DiagnosticCodes.UnknownName, $"A {kind.Name} has no field '{member.Name}'. {NameSuggester.Suggest(member.Name, names)}Fields of a {kind.Name}: {string.Join(", ", names)}.");
            return null;
        }

        var path = target.Path is null ? null : $"{target.Path}.{field.Name}";
        var value = ReadField(target.Expression, field);
        var presence = field.Property.PropertyType == typeof(bool?) ? Expression.Property(Expression.Property(target.Expression, field.Property), "HasValue") : null;
        var typed = new Typed(field.Type, value, Path: path, Presence: presence);
        if (field.IsOptional && path is not null && _aggregateDepth == 0 && _presenceDepth == 0)
        {
            _implicitNeeds.TryAdd(path, Present(typed));
        }

        return typed;
    }

    private static Expression ReadField(Expression target, ModelField field)
    {
        Expression value = Expression.Property(target, field.Property);
        var clr = field.Property.PropertyType;
        if (clr == typeof(CountryCode) || clr == typeof(NutsCode))
        {
            return Expression.Property(value, nameof(CountryCode.Value));
        }

        if (clr == typeof(bool?))
        {
            // Missing reads as false; rules that read it directly get "cannot assess" instead (see Presence).
            return Expression.Call(value, nameof(Nullable<bool>.GetValueOrDefault), Type.EmptyTypes);
        }

        if (clr == typeof(NutsCode?))
        {
            return Expression.Condition(
                Expression.Property(value, "HasValue"),
                Expression.Property(Expression.Property(value, "Value"), nameof(NutsCode.Value)),
                Expression.Constant(null, typeof(string)));
        }

        return value.Type == field.Type.ClrType ? value : Expression.Convert(value, field.Type.ClrType);
    }

    private static Expression Present(Typed typed) => typed.Presence ?? typed.Type.Kind switch
    {
        DataTypeKind.Text => Expression.Call(Method(nameof(RuleFunctions.IsPresent)), typed.Expression),
        DataTypeKind.Boolean or DataTypeKind.Object or DataTypeKind.List => Expression.Constant(true),
        _ => Expression.NotEqual(typed.Expression, Expression.Constant(null, typed.Expression.Type)),
    };

    private Typed? BindUnary(UnaryExpr unary)
    {
        var operand = Bind(unary.Operand);
        if (operand is null)
        {
            return null;
        }

        if (unary.Operator == "not")
        {
            return Require(operand, DataType.Boolean, unary.Operand.Position, "'not' applies to a condition")
                ? new Typed(DataType.Boolean, Expression.Not(operand.Expression))
                : null;
        }

        return Require(operand, DataType.Number, unary.Operand.Position, "'-' applies to a number")
            ? new Typed(DataType.Number, Expression.Negate(operand.Expression))
            : null;
    }

    private Typed? BindBinary(BinaryExpr binary)
    {
        switch (binary.Operator)
        {
            case "and" or "or":
                var l = Bind(binary.Left);
                var r = Bind(binary.Right);
                if (l is null || r is null
                    || !Require(l, DataType.Boolean, binary.Left.Position, $"'{binary.Operator}' joins conditions")
                    || !Require(r, DataType.Boolean, binary.Right.Position, $"'{binary.Operator}' joins conditions"))
                {
                    return null;
                }

                return new Typed(DataType.Boolean, binary.Operator == "and" ? Expression.AndAlso(l.Expression, r.Expression) : Expression.OrElse(l.Expression, r.Expression));
            case "in":
                return BindIn(binary);
        }

        // Bind the side that can be typed on its own first, so that 'active == p.status' works like 'p.status == active'.
        var leftFirst = !(binary.Left is NameExpr name && !IsKnownName(name.Name)) && binary.Left is not ListExpr;
        Typed? left, right;
        if (leftFirst)
        {
            left = Bind(binary.Left);
            right = left is null ? null : Bind(binary.Right, left.Type);
        }
        else
        {
            right = Bind(binary.Right);
            left = right is null ? null : Bind(binary.Left, right.Type);
        }

        if (left is null || right is null)
        {
            return null;
        }

        switch (binary.Operator)
        {
            case "==" or "!=":
                if (!left.Type.IsScalar || !left.Type.Equals(right.Type))
                {
                    return Mismatch(binary, left, right, "can only compare values of the same kind");
                }

                return new Typed(DataType.Boolean, binary.Operator == "==" ? Expression.Equal(left.Expression, right.Expression) : Expression.NotEqual(left.Expression, right.Expression));
            case "<" or "<=" or ">" or ">=":
                if (!(left.Type.Kind is DataTypeKind.Number or DataTypeKind.Date) || !left.Type.Equals(right.Type))
                {
                    return Mismatch(binary, left, right, "orders numbers with numbers and dates with dates");
                }

                return new Typed(DataType.Boolean, binary.Operator switch
                {
                    "<" => Expression.LessThan(left.Expression, right.Expression),
                    "<=" => Expression.LessThanOrEqual(left.Expression, right.Expression),
                    ">" => Expression.GreaterThan(left.Expression, right.Expression),
                    _ => Expression.GreaterThanOrEqual(left.Expression, right.Expression),
                });
            case "+" or "-" when left.Type.Kind == DataTypeKind.Date && right.Type.Kind == DataTypeKind.Duration:
                return new Typed(DataType.Date, Expression.Call(typeof(DateSpan).GetMethod(nameof(DateSpan.Add))!, left.Expression, right.Expression, Expression.Constant(binary.Operator == "+" ? 1 : -1)));
            case "+" or "-" or "*" or "/":
                if (left.Type.Kind != DataTypeKind.Number || right.Type.Kind != DataTypeKind.Number)
                {
                    return Mismatch(binary, left, right, "does arithmetic on numbers, or adds a duration such as years(3) to a date");
                }

                return new Typed(DataType.Number, binary.Operator switch
                {
                    "+" => Expression.Add(left.Expression, right.Expression),
                    "-" => Expression.Subtract(left.Expression, right.Expression),
                    "*" => Expression.Multiply(left.Expression, right.Expression),
                    _ => Expression.Divide(left.Expression, right.Expression),
                });
            default:
                throw new InvalidOperationException(binary.Operator);
        }
    }

    private Typed? BindIn(BinaryExpr binary)
    {
        var value = Bind(binary.Left);
        if (value is null)
        {
            return null;
        }

        if (!value.Type.IsScalar)
        {
            Report(binary.Left.Position, DiagnosticCodes.TypeMismatch, $"'in' tests a single value against a list, but the left side is a {value.Type.DisplayName}.");
            return null;
        }

        List<Typed?> items;
        if (binary.Right is ListExpr list)
        {
            items = [.. list.Items.Select(item => Bind(item, value.Type))];
        }
        else
        {
            var right = Bind(binary.Right, DataType.List(value.Type));
            if (right is null)
            {
                return null;
            }

            if (right.Type.Kind != DataTypeKind.List)
            {
                Report(binary.Right.Position, DiagnosticCodes.TypeMismatch, $"The right side of 'in' must be a list, such as [a, b] or a field that holds identifiers, but it is a {right.Type.DisplayName}.");
                return null;
            }

            if (right.Constant is System.Collections.IEnumerable constants)
            {
                var converted = new List<Typed?>();
                foreach (var item in constants)
                {
                    converted.Add(item is string text && value.Type.Kind == DataTypeKind.Enum
                        ? EnumConstant(text, value.Type, binary.Right.Position, $"The list holds '{text}', which")
                        : new Typed(right.Type.Element!, Expression.Constant(item, right.Type.Element!.ClrType), item));
                }

                items = converted;
            }
            else if (right.Type.Element!.Kind == DataTypeKind.Text && value.Type.Kind == DataTypeKind.Text)
            {
                return new Typed(DataType.Boolean, Expression.Call(Method(nameof(RuleFunctions.Contains)), right.Expression, value.Expression));
            }
            else if (right.Type.Element.Kind == DataTypeKind.Enum && right.Type.Element.Equals(value.Type))
            {
                return new Typed(DataType.Boolean, Expression.Call(Method(nameof(RuleFunctions.ContainsValue)).MakeGenericMethod(value.Type.EnumType!), right.Expression, value.Expression));
            }
            else
            {
                Report(binary.Right.Position, DiagnosticCodes.TypeMismatch, $"Cannot look for a {value.Type.DisplayName} in a {right.Type.DisplayName}.");
                return null;
            }
        }

        if (items.Any(item => item is null))
        {
            return null;
        }

        Expression test = Expression.Constant(false);
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var item = items[i]!;
            if (!item.Type.Equals(value.Type))
            {
                Report(binary.Right.Position, DiagnosticCodes.TypeMismatch, $"The list holds a {item.Type.DisplayName}, but the value tested is a {value.Type.DisplayName}.");
                return null;
            }

            var equal = Expression.Equal(value.Expression, item.Expression);
            test = i == items.Count - 1 ? equal : Expression.OrElse(equal, test);
        }

        return new Typed(DataType.Boolean, test);
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
            Report(presence.Target.Position, DiagnosticCodes.TypeMismatch, $"'is missing' tests a single value, but this is a {target.Type.DisplayName}; use count(…) == 0 for lists.");
            return null;
        }

        if (target.Path is not null)
        {
            _testedPaths.Add(target.Path);
        }

        var present = Present(target);
        return new Typed(DataType.Boolean, presence.Present ? present : Expression.Not(present));
    }

    private Typed? BindList(ListExpr list, DataType? expected)
    {
        var element = expected?.Kind == DataTypeKind.List ? expected.Element : null;
        var items = list.Items.Select(item => Bind(item, element)).ToList();
        if (items.Any(item => item is null))
        {
            return null;
        }

        Report(list.Position, DiagnosticCodes.TypeMismatch, "A list can only appear on the right of 'in'.");
        return null;
    }

    private Typed? BindCall(CallExpr call)
    {
        if (!Functions.Contains(call.Name))
        {
            Report(call.Position, DiagnosticCodes.UnknownName, $"Unknown function '{call.Name}'. {NameSuggester.Suggest(call.Name, Functions)}Functions: {string.Join(", ", Functions)}.{MinusHint(call.Name)}");
            return null;
        }

        if (call.Arguments.Count != 1)
        {
            Report(call.Position, DiagnosticCodes.ExpressionSyntax, $"'{call.Name}' takes one argument, but {call.Arguments.Count} were given.");
            return null;
        }

        if (call.Name is "exists" or "none" or "share" or "sum" or "count-distinct" or "list")
        {
            Report(call.Position, DiagnosticCodes.ExpressionSyntax, call.Name is "sum" or "count-distinct" or "list"
                ? $"Write {call.Name}(x.value for x in collection where …)."
                : $"Write {call.Name}(x in collection where …).");
            return null;
        }

        var argument = Bind(call.Arguments[0], call.Name == "date" ? DataType.Date : null);
        if (argument is null)
        {
            return null;
        }

        switch (call.Name)
        {
            case "count":
                if (argument.Type.Kind != DataTypeKind.List)
                {
                    Report(call.Arguments[0].Position, DiagnosticCodes.TypeMismatch, $"count needs a list, but this is a {argument.Type.DisplayName}.");
                    return null;
                }

                return new Typed(DataType.Number, Expression.Call(Method(nameof(RuleFunctions.Count)).MakeGenericMethod(ElementClr(argument.Type)), argument.Expression, Expression.Constant(null, typeof(Func<,>).MakeGenericType(ElementClr(argument.Type), typeof(bool)))));
            case "year":
                return Require(argument, DataType.Date, call.Arguments[0].Position, "year(…) takes a date")
                    ? new Typed(DataType.Number, Expression.Call(Method(nameof(RuleFunctions.Year)), argument.Expression))
                    : null;
            case "date":
                if (!argument.IsConstant)
                {
                    Report(call.Arguments[0].Position, DiagnosticCodes.TypeMismatch, "date(…) takes a date written as 'YYYY-MM-DD'.");
                    return null;
                }

                return argument;
            default:
                if (!Require(argument, DataType.Number, call.Arguments[0].Position, $"{call.Name}(…) takes a number"))
                {
                    return null;
                }

                var factory = call.Name switch
                {
                    "years" => nameof(DateSpan.FromYears),
                    "months" => nameof(DateSpan.FromMonths),
                    _ => nameof(DateSpan.FromDays),
                };
                return new Typed(DataType.Duration, Expression.Call(typeof(DateSpan).GetMethod(factory)!, argument.Expression));
        }
    }

    private Typed? BindAggregate(AggregateExpr aggregate)
    {
        var source = Bind(aggregate.Source);
        if (source is null)
        {
            return null;
        }

        if (source.Type.Kind != DataTypeKind.List)
        {
            Report(aggregate.Source.Position, DiagnosticCodes.TypeMismatch, $"{aggregate.Function} needs a list to go through, such as partnerships or priority.domains, but this is a {source.Type.DisplayName}.");
            return null;
        }

        if (IsNameTaken(aggregate.Variable) || _locals.Any(l => l.Name == aggregate.Variable))
        {
            Report(aggregate.VariablePosition, DiagnosticCodes.UnknownName, $"The name '{aggregate.Variable}' is already in use here; choose another name for each item.");
            return null;
        }

        var elementClr = ElementClr(source.Type);
        var item = Expression.Parameter(elementClr, aggregate.Variable);
        Expression itemValue = item.Type == source.Type.Element!.ClrType ? item : Expression.Convert(item, source.Type.Element.ClrType);
        _locals.Add((aggregate.Variable, new Typed(source.Type.Element, itemValue)));
        _aggregateDepth++;
        try
        {
            Expression? predicate = null;
            if (aggregate.Filter is not null)
            {
                var filter = Bind(aggregate.Filter);
                if (filter is null || !Require(filter, DataType.Boolean, aggregate.Filter.Position, "'where' needs a condition"))
                {
                    return null;
                }

                predicate = Expression.Lambda(typeof(Func<,>).MakeGenericType(elementClr, typeof(bool)), filter.Expression, item);
            }

            predicate ??= Expression.Constant(null, typeof(Func<,>).MakeGenericType(elementClr, typeof(bool)));
            switch (aggregate.Function)
            {
                case "count":
                    return new Typed(DataType.Number, Expression.Call(Method(nameof(RuleFunctions.Count)).MakeGenericMethod(elementClr), source.Expression, predicate));
                case "exists" or "none":
                    Expression any = Expression.Call(Method(nameof(RuleFunctions.Any)).MakeGenericMethod(elementClr), source.Expression, predicate);
                    return new Typed(DataType.Boolean, aggregate.Function == "exists" ? any : Expression.Not(any));
                case "share":
                    return new Typed(DataType.Number, Expression.Call(Method(nameof(RuleFunctions.Share)).MakeGenericMethod(elementClr), source.Expression, predicate));
                case "count-distinct" or "list":
                    var value = Bind(aggregate.Projection!);
                    if (value is null)
                    {
                        return null;
                    }

                    if (!value.Type.IsScalar)
                    {
                        Report(aggregate.Projection!.Position, DiagnosticCodes.TypeMismatch, $"{aggregate.Function} takes single values, but this is a {value.Type.DisplayName}.");
                        return null;
                    }

                    var key = Expression.Lambda(typeof(Func<,>).MakeGenericType(elementClr, typeof(object)), Expression.Convert(value.Expression, typeof(object)), item);
                    return aggregate.Function == "list"
                        ? new Typed(DataType.List(DataType.Text), Expression.Call(Method(nameof(RuleFunctions.List)).MakeGenericMethod(elementClr), source.Expression, predicate, key))
                        : new Typed(DataType.Number, Expression.Call(Method(nameof(RuleFunctions.CountDistinct)).MakeGenericMethod(elementClr), source.Expression, predicate, key));
                default:
                    var projection = Bind(aggregate.Projection!);
                    if (projection is null || !Require(projection, DataType.Number, aggregate.Projection!.Position, "sum adds up numbers"))
                    {
                        return null;
                    }

                    var selector = Expression.Lambda(typeof(Func<,>).MakeGenericType(elementClr, typeof(decimal?)), projection.Expression, item);
                    return new Typed(DataType.Number, Expression.Call(Method(nameof(RuleFunctions.Sum)).MakeGenericMethod(elementClr), source.Expression, predicate, selector));
            }
        }
        finally
        {
            _aggregateDepth--;
            _locals.RemoveAt(_locals.Count - 1);
        }
    }

    private static Type ElementClr(DataType list) => list.ClrType.GetGenericArguments()[0];

    private static MethodInfo Method(string name) => typeof(RuleFunctions).GetMethod(name)!;

    private bool Require(Typed typed, DataType type, int position, string what)
    {
        if (typed.Type.Equals(type))
        {
            return true;
        }

        Report(position, DiagnosticCodes.TypeMismatch, $"{what}, but this is a {typed.Type.DisplayName}.");
        return false;
    }

    private Typed? Mismatch(BinaryExpr binary, Typed left, Typed right, string rule)
    {
        Report(binary.OperatorPosition, DiagnosticCodes.TypeMismatch, $"'{binary.Operator}' {rule}, but the left side is a {left.Type.DisplayName} and the right side a {right.Type.DisplayName}.");
        return null;
    }

    private void Report(int position, string code, string message) =>
        _diagnostics.Add(new Diagnostic(code, message, _source.Locate(position)));
}
