using S3Criteria.Documents;
using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Evaluation;

/// <summary>Checks strategies against rules. The seam for applications that inject or substitute the evaluator.</summary>
/// <threadsafety static="true" instance="true"/>
public interface IComplianceEvaluator
{
    /// <summary>Checks a strategy loaded from a document; findings carry the document's locations and the report its hash.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    ComplianceReport Evaluate(StrategyDocument document);

    /// <summary>Checks a strategy built in code.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategy"/> is <see langword="null"/>.</exception>
    ComplianceReport Evaluate(Strategy strategy);

    /// <summary>Checks a strategy loaded from a document, until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>The default implementation checks the token once, then calls <see cref="Evaluate(StrategyDocument)"/>.</remarks>
    ComplianceReport Evaluate(StrategyDocument document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Evaluate(document);
    }

    /// <summary>Checks a strategy built in code, until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategy"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>The default implementation checks the token once, then calls <see cref="Evaluate(Strategy)"/>.</remarks>
    ComplianceReport Evaluate(Strategy strategy, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Evaluate(strategy);
    }
}
