using NRules;
using NRules.RuleModel;
using S3Criteria.Diagnostics;

namespace S3Criteria.Engine;

/// <summary>Compiles NRules definitions into the session factory of a rule set; what NRules rejects is a diagnostic, never an engine exception.</summary>
internal static class SessionFactoryCompiler
{
    /// <summary>Compiles <paramref name="definitions"/>; <see langword="null"/> when NRules rejects them (reported).</summary>
    public static ISessionFactory? Compile(IReadOnlyList<IRuleDefinition> definitions, RuleCompilation compilation, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            // Compiled conditions use LambdaExpression.Compile (NRules' default). FastExpressionCompiler 6.0.0 compiled
            // them faster, but its delegates gave wrong counts now and then when sessions ran on several threads at once
            // (C7-17 flipped in about 1 of 1,500 parallel evaluations; CompilationParityTests.Evaluate_ManyThreads...).
            var compiler = new RuleCompiler();
            if (compilation == RuleCompilation.Interpreted)
            {
                compiler.ExpressionCompiler = new InterpretingExpressionCompiler();
            }

            return compiler.Compile(definitions);
        }
        catch (RuleCompilationException exception)
        {
            diagnostics.Add(Messages.EngineRejectedRule.At(null, ("rule", exception.RuleName), ("reason", exception.InnerException?.Message ?? exception.Message)));
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            // A defect of S3Criteria, not of the rule files: reported, never leaked as an engine exception.
            diagnostics.Add(Messages.EngineCompilationFailed.At(null, ("reason", exception.Message)));
            return null;
        }
    }
}
