namespace S3Criteria.Tests.Support;

/// <summary>One stage of the pipeline: its label and the namespaces in it. Namespaces of one stage are peers and must not use each other.</summary>
internal sealed class LayerStage
{
    /// <summary>Creates a stage.</summary>
    /// <param name="label">The stage's label in messages (<c>4b</c>).</param>
    /// <param name="namespaces">The namespaces that form the stage; one namespace, or several peers.</param>
    public LayerStage(string label, params string[] namespaces)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(namespaces);
        Label = label;
        Namespaces = namespaces;
    }

    /// <summary>The stage's label.</summary>
    public string Label { get; }

    /// <summary>The namespaces of the stage.</summary>
    public IReadOnlyList<string> Namespaces { get; }
}
