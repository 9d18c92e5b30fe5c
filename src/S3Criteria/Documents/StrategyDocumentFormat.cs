namespace S3Criteria.Documents;

/// <summary>The syntax of a strategy document.</summary>
public enum StrategyDocumentFormat
{
    /// <summary>YAML 1.2 (the default; the format of the bundled samples).</summary>
    Yaml,

    /// <summary>JSON.</summary>
    Json,
}
