namespace S3Criteria.Diagnostics;

/// <summary>Messages of type-checking and compiling rule sets for the engine (<c>S3Criteria.Engine</c>).</summary>
internal static partial class Messages
{
    public static readonly Message NoRuleFiles = new(DiagnosticCodes.FileNotReadable, "engine.no-rule-files", "No rule files were added; call AddBuiltInRules, AddFile, AddDirectory or AddYaml.");

    public static readonly Message UnknownForEachKind = new(DiagnosticCodes.UnknownName, "engine.unknown-for-each-kind", "Unknown kind '{kind}' in 'for-each'. {suggestion}Expected one of: {kinds}.");

    public static readonly Message LetNameTaken = new(DiagnosticCodes.UnknownName, "engine.let-name-taken", "The name '{name}' is already in use (a parameter, a let, or a built-in name); choose another.");


    public static readonly Message WorkLimitExceeded = new(DiagnosticCodes.LimitExceeded, "engine.work-limit-exceeded", "Rule {rule} (defined at {location}) was stopped: its expressions visited more than {limit} collection items in this evaluation, the work limit (ComplianceEvaluatorOptions.WorkLimit). Nested exists, count or other aggregates over large collections multiply; simplify the rule or raise the limit.");

    public static readonly Message EngineRejectedRule = new(DiagnosticCodes.CompilationFailed, "engine.rejected-rule", "The engine rejected rule '{rule}': {reason}");

    public static readonly Message EngineCompilationFailed = new(DiagnosticCodes.CompilationFailed, "engine.compilation-failed", "The engine could not compile the rules: {reason}");
}
