using System.Reflection;
using NRules;
using NRules.Extensibility;
using S3Criteria.Engine;
using S3Criteria.Model;

namespace S3Criteria.Benchmarks;

/// <summary>
/// Runs the engine stages of one evaluation the way <see cref="Evaluation.ComplianceEvaluator"/> does (create a session,
/// insert the scope and every item as facts, fire), without building the report, so that the benchmarks can tell the
/// engine's cost from the report's. The session factory, scope and sink are internal to the library, so they are reached
/// by reflection once, in the constructor; an <c>InternalsVisibleTo("S3Criteria.Benchmarks")</c> in the library would
/// make this plain code.
/// </summary>
public sealed class EngineProbe
{
    private const BindingFlags Internal = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
    private readonly ISessionFactory _factory;
    private readonly ConstructorInfo _scope;
    private readonly ConstructorInfo _sink;
    private readonly PropertyInfo _failures;
    private readonly Func<object, object> _run;

    public EngineProbe(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var assembly = typeof(RuleSet).Assembly;
        _factory = (ISessionFactory)typeof(RuleSet).GetProperty("SessionFactory", Internal)!.GetValue(rules)!;
        var scopeType = assembly.GetType("S3Criteria.Rules.Language.EvaluationScope", throwOnError: true)!;
        var sinkType = assembly.GetType("S3Criteria.Engine.EvaluationSink", throwOnError: true)!;
        _scope = scopeType.GetConstructor(Internal, [typeof(Strategy), typeof(DateOnly)])!;
        _sink = sinkType.GetConstructor(Internal, Type.EmptyTypes)!;
        _failures = sinkType.GetProperty("Matches", Internal)!;
        var run = typeof(RuleSet).GetMethod("Run", Internal, [scopeType])!;
        _run = scope => run.Invoke(rules, [scope])!;
    }

    /// <summary>Stage 1: a session with its findings sink, and nothing inserted.</summary>
    public ISession CreateSession()
    {
        var session = _factory.CreateSession();
        session.DependencyResolver = new SinkResolver(_sink.Invoke([]));
        return session;
    }

    /// <summary>Stage 2: the session with the strategy's facts inserted (NRules matches at insert time).</summary>
    public ISession Insert(Strategy strategy)
    {
        var session = CreateSession();
        session.InsertAll(Facts(strategy));
        return session;
    }

    /// <summary>Stage 3: insert and fire; returns how many rule actions ran.</summary>
    public int Fire(Strategy strategy) => Insert(strategy).Fire();

    /// <summary>
    /// The engine stages as the evaluator runs them (<c>RuleSet.Run</c>: a session with its error handlers, the facts,
    /// fire), without the report; returns how many subjects the rules matched (findings).
    /// </summary>
    public int Match(Strategy strategy)
    {
        var sink = _run(_scope.Invoke([strategy, Workloads.Today]));
        return ((System.Collections.ICollection)_failures.GetValue(sink)!).Count;
    }

    /// <summary>The facts in the order the evaluator inserts them: the scope, then every item of every collection.</summary>
    public List<object> Facts(Strategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        var facts = new List<object> { _scope.Invoke([strategy, Workloads.Today]) };
        facts.AddRange(strategy.Priorities ?? []);
        facts.AddRange(strategy.Partnerships ?? []);
        facts.AddRange(strategy.Stakeholders ?? []);
        facts.AddRange(strategy.Indicators ?? []);
        facts.AddRange(strategy.Actions ?? []);
        facts.AddRange(strategy.Evidence ?? []);
        return facts;
    }

    /// <summary>How many matches the sink of a fired session recorded (to check the probe does the evaluator's work).</summary>
    public int Matches(ISession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var sink = ((SinkResolver)session.DependencyResolver).Sink;
        return ((System.Collections.ICollection)_failures.GetValue(sink)!).Count;
    }

    private sealed class SinkResolver(object sink) : IDependencyResolver
    {
        public object Sink { get; } = sink;

        public object Resolve(IResolutionContext context, Type serviceType) => Sink;
    }
}
