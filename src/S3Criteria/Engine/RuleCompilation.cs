namespace S3Criteria.Engine;

/// <summary>How the engine turns rule conditions into code: a trade between start-up and speed per evaluation.</summary>
public enum RuleCompilation
{
    /// <summary>Conditions are compiled to IL and JIT-compiled: slower to build, fastest to evaluate. For services and batches.</summary>
    Compiled,

    /// <summary>Conditions are interpreted: no JIT, so the rule set builds quickly; each evaluation is slower. For one-shot runs.</summary>
    Interpreted,
}
