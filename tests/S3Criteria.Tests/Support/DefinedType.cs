namespace S3Criteria.Tests.Support;

/// <summary>A top-level type defined in an inspected assembly; nested and compiler-generated nested types are folded into it.</summary>
/// <param name="Namespace">The namespace, empty for the global namespace.</param>
/// <param name="Name">The metadata name (with a generic arity suffix such as <c>`1</c>).</param>
/// <param name="IsGenerated">
/// True for helper types that a compiler or source generator adds outside the project's namespaces under an
/// unspeakable name (<c>&lt;PrivateImplementationDetails&gt;</c>, <c>&lt;&gt;z__ReadOnlyArray`1</c>, the regex
/// generator's file-local classes). They belong to no stage: any stage may use them, they may use no type of ours.
/// </param>
internal sealed record DefinedType(string Namespace, string Name, bool IsGenerated = false)
{
    /// <summary>The namespace-qualified name, as the layering messages print it.</summary>
    public string FullName => Namespace.Length == 0 ? Name : $"{Namespace}.{Name}";

    /// <inheritdoc/>
    public override string ToString() => FullName;
}
