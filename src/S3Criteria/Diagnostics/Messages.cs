namespace S3Criteria.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic message, as NodaTime keeps its texts in one place: one <see cref="Message"/> per
/// message id, grouped by pipeline stage in partial files (<c>Messages.Text.cs</c>, <c>Messages.Documents.cs</c>, ...).
/// Code outside the catalogue makes diagnostics only through these messages, never from an inline text (a test checks).
/// </summary>
internal static partial class Messages
{
}
