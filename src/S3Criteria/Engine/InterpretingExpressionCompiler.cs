using System.Linq.Expressions;
using NRules.Extensibility;

namespace S3Criteria.Engine;

/// <summary>Gives NRules interpreted delegates: no JIT at build time (PERFORMANCE-NOTES §5.6).</summary>
internal sealed class InterpretingExpressionCompiler : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate => expression.Compile(preferInterpretation: true);
}
