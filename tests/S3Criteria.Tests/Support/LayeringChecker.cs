namespace S3Criteria.Tests.Support;

/// <summary>
/// The layering rule as a pure function of the stage table and the type dependencies: a type may use types of its
/// own namespace and of earlier stages only. Using a later stage, or a peer (another namespace of the same stage),
/// is a violation. Generated helper types (<see cref="DefinedType.IsGenerated"/>) come before every stage.
/// </summary>
internal static class LayeringChecker
{
    private const int GeneratedStage = -1;
    private const int MaxViasPerPair = 3;

    /// <summary>The types in no stage (the global namespace, <c>&lt;Module&gt;</c> with members, a namespace missing from the table), one message each.</summary>
    public static IReadOnlyList<string> FindUnplaced(IEnumerable<DefinedType> types, IReadOnlyList<LayerStage> stages)
    {
        ArgumentNullException.ThrowIfNull(types);
        var index = StageIndex(stages);
        return [.. types
            .Where(type => !type.IsGenerated && !index.ContainsKey(type.Namespace))
            .Select(Unplaced)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every pair of types where the first uses a later stage or a peer, as
    /// <c>Namespace.Type -> Namespace.Type (via Member, …)</c>, sorted. Types in no stage are left to <see cref="FindUnplaced"/>.
    /// </summary>
    public static IReadOnlyList<string> FindViolations(IEnumerable<TypeDependency> dependencies, IReadOnlyList<LayerStage> stages)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        var index = StageIndex(stages);
        return [.. dependencies
            .Where(dependency => IsViolation(dependency, index))
            .GroupBy(dependency => (From: dependency.From.FullName, To: dependency.To.FullName))
            .OrderBy(pair => pair.Key.From, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.To, StringComparer.Ordinal)
            .Select(pair => $"{pair.Key.From} -> {pair.Key.To} (via {Vias(pair)})")];
    }

    private static string Unplaced(DefinedType type) => type switch
    {
        { Namespace: "", Name: "<Module>" } => "<Module> has members (a module initializer or a global function); move them into a type of a pipeline stage.",
        { Namespace: "" } => $"{type.FullName} is in the global namespace; put it in a namespace of a pipeline stage.",
        _ => $"{type.FullName}: the namespace {type.Namespace} is in no pipeline stage; add it to the stage table where it belongs.",
    };

    private static bool IsViolation(TypeDependency dependency, Dictionary<string, int> index)
    {
        var (from, to) = (dependency.From, dependency.To);
        if (to.IsGenerated || (!from.IsGenerated && from.Namespace == to.Namespace))
        {
            return false;
        }

        return TryStage(from, index, out var fromStage) && TryStage(to, index, out var toStage) && toStage >= fromStage;
    }

    private static bool TryStage(DefinedType type, Dictionary<string, int> index, out int stage)
    {
        if (type.IsGenerated)
        {
            stage = GeneratedStage;
            return true;
        }

        return index.TryGetValue(type.Namespace, out stage);
    }

    /// <summary>A few of the places a pair's uses sit, shortest first, with a count of the others.</summary>
    private static string Vias(IEnumerable<TypeDependency> pair)
    {
        var vias = pair.Select(dependency => dependency.Via).Distinct().OrderBy(via => via.Length).ThenBy(via => via, StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", vias.Take(MaxViasPerPair));
        return vias.Count > MaxViasPerPair ? $"{shown} and {vias.Count - MaxViasPerPair} more" : shown;
    }

    /// <summary>Namespace to stage position; fails on a namespace listed twice, which would make the table ambiguous.</summary>
    private static Dictionary<string, int> StageIndex(IReadOnlyList<LayerStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var position = 0; position < stages.Count; position++)
        {
            foreach (var ns in stages[position].Namespaces)
            {
                if (!index.TryAdd(ns, position))
                {
                    throw new ArgumentException($"The namespace {ns} is in the stage table twice.", nameof(stages));
                }
            }
        }

        return index;
    }
}
