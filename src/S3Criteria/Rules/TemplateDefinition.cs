namespace S3Criteria.Rules;

/// <summary>A text with <c>{placeholders}</c>, per language: the text as written and its segments.</summary>
internal sealed record TemplateDefinition(LocalizedText Text, IReadOnlyDictionary<string, IReadOnlyList<TemplateSegment>> Segments);
