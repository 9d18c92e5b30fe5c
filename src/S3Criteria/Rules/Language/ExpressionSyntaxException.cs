using S3Criteria.Diagnostics;

namespace S3Criteria.Rules.Language;

/// <summary>A syntax error in an expression, thrown by the lexer and the parser and reported by <see cref="Parser.Parse"/>.</summary>
internal sealed class ExpressionSyntaxException : Exception
{
    private readonly Message _error;
    private readonly (string Name, object? Value)[] _arguments;

    public ExpressionSyntaxException(int position, Message error, params (string Name, object? Value)[] arguments)
        : base(error.Format(arguments))
    {
        Position = position;
        _error = error;
        _arguments = arguments;
    }

    /// <summary>Gets the offset of the error in the expression.</summary>
    public int Position { get; }

    /// <summary>Makes the located diagnostic of this error.</summary>
    public Diagnostic ToDiagnostic(ExpressionSource source) => _error.At(source.Locate(Position), _arguments);
}
