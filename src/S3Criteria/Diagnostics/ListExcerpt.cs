namespace S3Criteria.Diagnostics;

/// <summary>
/// A message argument that prints only the first <see cref="Shown"/> of its items, then "… and N more": for lists that
/// can be as long as a document (every identifier it declares), where a few examples say enough.
/// </summary>
/// <param name="Items">The items, in the order to print them.</param>
/// <param name="Shown">How many to print.</param>
internal sealed record ListExcerpt(IReadOnlyCollection<string?> Items, int Shown);
