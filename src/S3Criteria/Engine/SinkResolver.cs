using NRules.Extensibility;

namespace S3Criteria.Engine;

/// <summary>Gives the rule actions of one session their <see cref="EvaluationSink"/>, the only dependency they declare.</summary>
internal sealed class SinkResolver(EvaluationSink sink) : IDependencyResolver
{
    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(EvaluationSink) ? sink : throw new InvalidOperationException($"No dependency of type {serviceType.Name}.");
}
