namespace S3Criteria.Rules;

/// <summary>A rule file's text, its name for locations, and the directory its <c>extends:</c> may not leave.</summary>
/// <param name="Name">The file's path, or a name such as <c>builtin:…</c> or <c>&lt;text&gt;</c>.</param>
/// <param name="Text">The file's text.</param>
/// <param name="Root">The directory <c>extends:</c> paths must stay below, or <see langword="null"/> for rules not read from disk.</param>
internal sealed record RuleSource(string Name, string Text, string? Root)
{
    /// <summary>Gets what identifies the file, so that a file extended twice is read once.</summary>
    public string Key => Root is null ? Name : Path.GetFullPath(Name);
}
