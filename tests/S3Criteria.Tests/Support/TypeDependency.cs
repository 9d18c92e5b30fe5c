namespace S3Criteria.Tests.Support;

/// <summary>One use of a type of the same assembly by another type of it.</summary>
/// <param name="From">The (outermost) type whose metadata or code holds the reference.</param>
/// <param name="To">The (outermost) type referenced.</param>
/// <param name="Via">Where the reference sits, for the message: <c>body of Evaluate</c>, <c>base type</c>, <c>field rules</c>…</param>
internal sealed record TypeDependency(DefinedType From, DefinedType To, string Via);
