namespace S3Criteria.Tests.Support;

/// <summary>What <see cref="AssemblyDependencyReader"/> found in one assembly.</summary>
/// <param name="Types">Every top-level type defined (the <c>&lt;Module&gt;</c> type only when it has members).</param>
/// <param name="Dependencies">Every reference between two different top-level types of the assembly, one per distinct place.</param>
internal sealed record AssemblyDependencies(IReadOnlyList<DefinedType> Types, IReadOnlyList<TypeDependency> Dependencies);
