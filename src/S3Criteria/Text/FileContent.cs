namespace S3Criteria.Text;

/// <summary>A file as read: its bytes (what its hash is taken over) and its decoded text.</summary>
/// <param name="Bytes">The bytes, as on disk.</param>
/// <param name="Text">The text, decoded by its byte-order mark (UTF-8, UTF-16 or UTF-32), UTF-8 when it has none.</param>
internal sealed record FileContent(byte[] Bytes, string Text);
