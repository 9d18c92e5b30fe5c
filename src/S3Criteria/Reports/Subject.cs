using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Reports;

/// <summary>What a finding is about: the strategy, or one priority area, partnership, stakeholder, indicator or action.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Subject
{
    internal Subject(SubjectKind kind, string id, string name, string? path, SourceLocation? location)
    {
        Kind = kind;
        Id = id;
        Name = name;
        Path = path;
        Location = location;
    }

    /// <summary>Gets the kind: <c>strategy</c>, <c>priority</c>, <c>partnership</c>, <c>stakeholder</c>, <c>indicator</c> or <c>action</c>.</summary>
    public SubjectKind Kind { get; }

    /// <summary>Gets the subject's identifier in the document.</summary>
    public string Id { get; }

    /// <summary>Gets the subject's name or title.</summary>
    public string Name { get; }

    /// <summary>Gets the subject's path in the document, such as <c>partnerships[2]</c>; <see langword="null"/> for the strategy.</summary>
    public string? Path { get; }

    /// <summary>Gets where the subject is written in the document, when it came from a file.</summary>
    public SourceLocation? Location { get; }
}
