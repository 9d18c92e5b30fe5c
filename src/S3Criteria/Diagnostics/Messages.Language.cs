namespace S3Criteria.Diagnostics;

/// <content>Messages of reading and type-checking rule expressions (<c>S3Criteria.Rules.Language</c>).</content>
internal static partial class Messages
{
    // Lexer and parser.
    public static readonly Message ExpressionTooLong = new(DiagnosticCodes.ExpressionSyntax, "language.expression-too-long", "The expression has {length} characters; the limit is {limit}.");

    public static readonly Message UnclosedText = new(DiagnosticCodes.ExpressionSyntax, "language.unclosed-text", "The text starting here has no closing {quote}.");

    public static readonly Message SingleEquals = new(DiagnosticCodes.ExpressionSyntax, "language.single-equals", "Use '==' to compare values.");

    public static readonly Message NumberOutOfRange = new(DiagnosticCodes.ExpressionSyntax, "language.number-out-of-range", "The number {number} is too large: numbers have at most 28 significant digits (up to 79,228,162,514,264,337,593,543,950,335).");

    public static readonly Message UnexpectedCharacter = new(DiagnosticCodes.ExpressionSyntax, "language.unexpected-character", "Unexpected character '{character}'.");

    public static readonly Message ExpectedEnd = new(DiagnosticCodes.ExpressionSyntax, "language.expected-end", "Expected an operator or the end of the expression, found {found}.");

    public static readonly Message ExpressionTooDeep = new(DiagnosticCodes.ExpressionSyntax, "language.expression-too-deep", "The expression nests more than {limit} levels deep.");

    public static readonly Message TooManyOperators = new(DiagnosticCodes.ExpressionSyntax, "language.too-many-operators", "The expression chains more than {limit} operators; split the rule.");

    public static readonly Message ListTooLong = new(DiagnosticCodes.ExpressionSyntax, "language.list-too-long", "The list holds more than {limit} values.");

    public static readonly Message ExpectedPresence = new(DiagnosticCodes.ExpressionSyntax, "language.expected-presence", "Expected 'missing' or 'present' after 'is', found {found}. Use '==' to compare values.");

    public static readonly Message ExpectedFieldName = new(DiagnosticCodes.ExpressionSyntax, "language.expected-field-name", "Expected a field name after '.', found {found}.");

    public static readonly Message MethodCall = new(DiagnosticCodes.ExpressionSyntax, "language.method-call", "'{name}' cannot be called: rules read fields of the strategy model, they cannot call methods.");

    public static readonly Message ExpectedValue = new(DiagnosticCodes.ExpressionSyntax, "language.expected-value", "Expected a value, a name or '(', found {found}.");

    public static readonly Message ExpectedSymbol = new(DiagnosticCodes.ExpressionSyntax, "language.expected-symbol", "Expected '{symbol}', found {found}.");

    public static readonly Message ExpectedItemName = new(DiagnosticCodes.ExpressionSyntax, "language.expected-item-name", "Expected a name for each item, as in '{function}(p in partnerships where …)', found {found}.");

    public static readonly Message AggregateNeedsValue = new(DiagnosticCodes.ExpressionSyntax, "language.aggregate-needs-value", "{function} needs a value for each item, as in '{function}(p.{field} for p in partnerships)'.");

    public static readonly Message AggregateTakesNoValue = new(DiagnosticCodes.ExpressionSyntax, "language.aggregate-takes-no-value", "'{function}' takes no value before 'for'; write '{function}({name} in … where …)'.");

    // Names and fields.
    public static readonly Message UnknownName = new(DiagnosticCodes.UnknownName, "language.unknown-name", "Unknown name '{name}'. {suggestion}Names available here: {names}.{hint}");

    public static readonly Message SubtractWithSpaces = new(DiagnosticCodes.UnknownName, "language.subtract-with-spaces", "To subtract, put spaces around the minus sign: 'a - b'.");

    public static readonly Message NotAnObject = new(DiagnosticCodes.UnknownName, "language.not-an-object", "{A type} has no field '{field}'; only objects of the strategy model have fields.");

    public static readonly Message UnknownField = new(DiagnosticCodes.UnknownName, "language.unknown-field", "The kind {kind} has no field '{field}'. {suggestion}Fields of {kind}: {fields}.");

    public static readonly Message ItemNameTaken = new(DiagnosticCodes.UnknownName, "language.item-name-taken", "The name '{name}' is already in use here; choose another name for each item.");

    // Values.
    public static readonly Message NotAnEnumValue = new(DiagnosticCodes.UnknownName, "language.not-an-enum-value", "'{value}' is not {a type}. {suggestion}Expected one of: {names}.");

    public static readonly Message ParameterNotAnEnumValue = new(DiagnosticCodes.UnknownName, "language.parameter-not-an-enum-value", "The parameter '{parameter}' holds '{value}', which is not {a type}. {suggestion}Expected one of: {names}.");

    public static readonly Message ListItemNotAnEnumValue = new(DiagnosticCodes.UnknownName, "language.list-item-not-an-enum-value", "The list holds '{value}', which is not {a type}. {suggestion}Expected one of: {names}.");

    public static readonly Message NotADate = new(DiagnosticCodes.TypeMismatch, "language.not-a-date", "'{value}' is not a date; write dates as 'YYYY-MM-DD'.");

    public static readonly Message ListOutsideIn = new(DiagnosticCodes.TypeMismatch, "language.list-outside-in", "A list can only appear on the right of 'in'.");

    // Conditions and operators.
    public static readonly Message ConditionNotBoolean = new(DiagnosticCodes.TypeMismatch, "language.condition-not-boolean", "A condition must be true or false, but this is {a type}. Compare it with a value, as in '… >= 1'.");

    public static readonly Message NotNeedsCondition = new(DiagnosticCodes.TypeMismatch, "language.not-needs-condition", "'not' applies to a condition, but this is {a type}.");

    public static readonly Message NegateNeedsNumber = new(DiagnosticCodes.TypeMismatch, "language.negate-needs-number", "'-' applies to a number, but this is {a type}.");

    public static readonly Message LogicNeedsConditions = new(DiagnosticCodes.TypeMismatch, "language.logic-needs-conditions", "'{operator}' joins conditions, but this is {a type}.");

    public static readonly Message CannotCompare = new(DiagnosticCodes.TypeMismatch, "language.cannot-compare", "'{operator}' can only compare values of the same kind, but the left side is {a left} and the right side {a right}.");

    public static readonly Message CannotOrder = new(DiagnosticCodes.TypeMismatch, "language.cannot-order", "'{operator}' orders numbers with numbers and dates with dates, but the left side is {a left} and the right side {a right}.");

    public static readonly Message CannotCompute = new(DiagnosticCodes.TypeMismatch, "language.cannot-compute", "'{operator}' does arithmetic on numbers, or adds a duration such as years(3) to a date, but the left side is {a left} and the right side {a right}.");

    public static readonly Message InNeedsSingleValue = new(DiagnosticCodes.TypeMismatch, "language.in-needs-single-value", "'in' tests a single value against a list, but the left side is {a type}.");

    public static readonly Message InNeedsList = new(DiagnosticCodes.TypeMismatch, "language.in-needs-list", "The right side of 'in' must be a list, such as [a, b] or a field that holds identifiers, but it is {a type}.");

    public static readonly Message CannotLookFor = new(DiagnosticCodes.TypeMismatch, "language.cannot-look-for", "Cannot look for {a value} in {a list}.");

    public static readonly Message ListItemMismatch = new(DiagnosticCodes.TypeMismatch, "language.list-item-mismatch", "The list holds {a item}, but the value tested is {a value}.");

    public static readonly Message PresenceNeedsSingleValue = new(DiagnosticCodes.TypeMismatch, "language.presence-needs-single-value", "'is missing' tests a single value, but this is {a type}; use count(…) == 0 for lists.");

    // Functions and aggregates.
    public static readonly Message UnknownFunction = new(DiagnosticCodes.UnknownName, "language.unknown-function", "Unknown function '{name}'. {suggestion}Functions: {functions}.{hint}");

    public static readonly Message FunctionArity = new(DiagnosticCodes.ExpressionSyntax, "language.function-arity", "'{function}' takes one argument, but {count} were given.");

    public static readonly Message WriteAggregate = new(DiagnosticCodes.ExpressionSyntax, "language.write-aggregate", "Write {function}(x in collection where …).");

    public static readonly Message WriteValueAggregate = new(DiagnosticCodes.ExpressionSyntax, "language.write-value-aggregate", "Write {function}(x.value for x in collection where …).");

    public static readonly Message CountNeedsList = new(DiagnosticCodes.TypeMismatch, "language.count-needs-list", "count needs a list, but this is {a type}.");

    public static readonly Message YearNeedsDate = new(DiagnosticCodes.TypeMismatch, "language.year-needs-date", "year(…) takes a date, but this is {a type}.");

    public static readonly Message DateNeedsConstant = new(DiagnosticCodes.TypeMismatch, "language.date-needs-constant", "date(…) takes a date written as 'YYYY-MM-DD'.");

    public static readonly Message RunningNeedsPartnership = new(DiagnosticCodes.TypeMismatch, "language.running-needs-partnership", "running(…) takes a partnership, found {type}.");

    public static readonly Message DurationNeedsNumber = new(DiagnosticCodes.TypeMismatch, "language.duration-needs-number", "{function}(…) takes a number, but this is {a type}.");

    public static readonly Message AggregateNeedsList = new(DiagnosticCodes.TypeMismatch, "language.aggregate-needs-list", "{function} needs a list to go through, such as partnerships or priority.domains, but this is {a type}.");

    public static readonly Message WhereNeedsCondition = new(DiagnosticCodes.TypeMismatch, "language.where-needs-condition", "'where' needs a condition, but this is {a type}.");

    public static readonly Message AggregateNeedsSingleValues = new(DiagnosticCodes.TypeMismatch, "language.aggregate-needs-single-values", "{function} takes single values, but this is {a type}.");

    public static readonly Message SumNeedsNumbers = new(DiagnosticCodes.TypeMismatch, "language.sum-needs-numbers", "sum adds up numbers, but this is {a type}.");
}
