namespace S3Criteria.Diagnostics;

/// <content>Messages of rule files: where they come from, how they compose (<c>S3Criteria.Rules</c>), and reading YAML rule files (<c>S3Criteria.Rules.Yaml</c>).</content>
internal static partial class Messages
{
    // Rule files and where they come from (S3Criteria.Rules).
    public static readonly Message RulesDirectoryMissing = new(DiagnosticCodes.FileNotReadable, "rules.directory-missing", "The rules directory '{path}' does not exist.");

    public static readonly Message ExtendsNeedsFile = new(DiagnosticCodes.InvalidValue, "rules.extends-needs-file", "'{target}' cannot be resolved: only rule files added from disk can extend other files by path; text and embedded rules can extend 'builtin'.");

    public static readonly Message ExtendsLeavesRoot = new(DiagnosticCodes.InvalidValue, "rules.extends-leaves-root", "'{target}' leaves the rule set's root ({root}); extends may only name 'builtin' or files below it, unless the caller allows it.");

    public static readonly Message ExtendsLinkLeavesRoot = new(DiagnosticCodes.InvalidValue, "rules.extends-link-leaves-root", "'{target}' leads out of the rule set's root ({root}) through a symbolic link; what it leads to was not read. Extends may only name 'builtin' or files really below the root (links resolved), unless the caller allows it.");

    public static readonly Message RulesLinkLeavesRoot = new(DiagnosticCodes.InvalidValue, "rules.link-leaves-root", "'{path}' is a symbolic link that leads out of the rules directory ({root}); it was not read.");

    public static readonly Message ExtendsNotFound = new(DiagnosticCodes.FileNotReadable, "rules.extends-not-found", "'{target}' does not exist (resolved to {path}).");

    // Composing a rule set (S3Criteria.Rules).
    public static readonly Message DuplicateCriterion = new(DiagnosticCodes.DuplicateCriterion, "rules.duplicate-criterion", "Criterion '{id}' is already declared with another title ({first}).");

    public static readonly Message DuplicateParameter = new(DiagnosticCodes.InvalidParameter, "rules.duplicate-parameter", "Parameter '{name}' is already declared ({first}); parameter names are shared by the whole rule set.");

    public static readonly Message SetUnknownParameter = new(DiagnosticCodes.InvalidParameter, "rules.set-unknown-parameter", "Cannot set parameter '{name}': no rule file declares it.{suggestion}");

    public static readonly Message CallerSetUnknownParameter = new(DiagnosticCodes.InvalidParameter, "rules.caller-set-unknown-parameter", "Cannot set parameter '{name}': no rule file declares it. {suggestion}Parameters: {parameters}.");

    public static readonly Message ParameterValueWrongType = new(DiagnosticCodes.InvalidParameter, "rules.parameter-value-wrong-type", "Cannot set parameter '{name}' to '{value}': expected {expected}, like its default {default}.");

    public static readonly Message DuplicateVehicle = new(DiagnosticCodes.DuplicateId, "rules.duplicate-vehicle", "Another vehicle already has the identifier '{id}' ({first}).");

    public static readonly Message OverrideUnknownRule = new(DiagnosticCodes.UnknownRule, "rules.override-unknown-rule", "Cannot override rule '{rule}': no loaded rule has that identifier.{suggestion}");

    public static readonly Message DisableUnknownRule = new(DiagnosticCodes.UnknownRule, "rules.disable-unknown-rule", "Cannot disable rule '{rule}': no loaded rule has that identifier.{suggestion}");

    public static readonly Message DuplicateRuleId = new(DiagnosticCodes.DuplicateRuleId, "rules.duplicate-rule-id", "Another rule already has the identifier '{id}' ({first}); rule identifiers must be unique in a rule set.");

    public static readonly Message RuleNeedsCriterionNoneDeclared = new(DiagnosticCodes.MissingKey, "rules.rule-needs-criterion-none-declared", "Rule '{id}' needs 'criterion': its file declares no criterion.");

    public static readonly Message RuleNeedsCriterionSeveralDeclared = new(DiagnosticCodes.MissingKey, "rules.rule-needs-criterion-several-declared", "Rule '{id}' needs 'criterion': its file declares several criteria.");

    public static readonly Message UnknownCriterion = new(DiagnosticCodes.UnknownCriterion, "rules.unknown-criterion", "Rule '{id}' names criterion '{criterion}', which no loaded file declares. {suggestion}Declared: {declared}.");

    // Reading YAML rule files (S3Criteria.Rules.Yaml); the mapping keys messages serve rule-test files too.
    public static readonly Message KeysExpectedMapping = new(DiagnosticCodes.WrongType, "rules.expected-mapping", "Expected {what} as a mapping with the keys {keys}; found {found}.");

    public static readonly Message KeysUnknownKey = new(DiagnosticCodes.UnknownKey, "rules.unknown-key", "Unknown key '{key}' in {what}. {suggestion}Expected one of: {keys}.");

    public static readonly Message KeysExpectedList = new(DiagnosticCodes.WrongType, "rules.expected-list", "Expected {what} to be a list, found {found}.");

    public static readonly Message KeysMissingKey = new(DiagnosticCodes.MissingKey, "rules.missing-key", "{what} needs '{key}'.");

    public static readonly Message KeysNotText = new(DiagnosticCodes.WrongType, "rules.not-text", "'{key}' must be text, found {found}.");

    public static readonly Message KeysNotBoolean = new(DiagnosticCodes.WrongType, "rules.not-boolean", "'{key}' must be true or false.");

    public static readonly Message KeysNotExpression = new(DiagnosticCodes.WrongType, "rules.not-expression", "'{key}' must be an expression (text), found {found}.");

    public static readonly Message UnknownSeverity = new(DiagnosticCodes.InvalidValue, "rules.unknown-severity", "Unknown severity '{severity}'. {suggestion}Expected one of: {severities}.");

    public static readonly Message UnknownRuleRole = new(DiagnosticCodes.InvalidValue, "rules.unknown-role", "Unknown role '{value}'. {suggestion}Expected one of: {roles}.");

    public static readonly Message NotLocalizedText = new(DiagnosticCodes.WrongType, "rules.not-localized-text", "'{key}' must be text, or a mapping of language codes to text; found {found}.");

    public static readonly Message NotLanguageCode = new(DiagnosticCodes.InvalidValue, "rules.not-language-code", "'{language}' is not a language code; use two lower-case letters (ISO 639-1) such as en, it, pt.");

    public static readonly Message TranslationNotText = new(DiagnosticCodes.WrongType, "rules.translation-not-text", "The '{language}' text of '{key}' must be text, found {found}.");

    public static readonly Message EnglishTextMissing = new(DiagnosticCodes.MissingKey, "rules.english-text-missing", "'{key}' needs an English ('en') text as the fallback.");

    public static readonly Message UnmatchedClosingBrace = new(DiagnosticCodes.ExpressionSyntax, "rules.unmatched-closing-brace", "A '{close}' without a matching '{open}'; write '{close-escaped}' for a brace.");

    public static readonly Message UnclosedOpeningBrace = new(DiagnosticCodes.ExpressionSyntax, "rules.unclosed-opening-brace", "A '{open}' without a closing '{close}'; write '{open-escaped}' for a brace.");

    public static readonly Message ParametersNotMapping = new(DiagnosticCodes.WrongType, "rules.parameters-not-mapping", "'parameters' must be a mapping of names to default values, found {found}.");

    public static readonly Message ParameterNeedsDefault = new(DiagnosticCodes.MissingKey, "rules.parameter-needs-default", "Parameter '{name}' needs a 'default'.");

    public static readonly Message ParameterDefaultWrongType = new(DiagnosticCodes.WrongType, "rules.parameter-default-wrong-type", "The default of parameter '{name}' must be a number, true/false, text, or a list of numbers or text.");

    public static readonly Message SetNotMapping = new(DiagnosticCodes.WrongType, "rules.set-not-mapping", "'set' must be a mapping of parameter names to values; found {found}.");

    public static readonly Message SetValueWrongType = new(DiagnosticCodes.WrongType, "rules.set-value-wrong-type", "The value set for '{name}' must be a number, text, true/false or a list.");

    public static readonly Message ExtendsWrongType = new(DiagnosticCodes.WrongType, "rules.extends-wrong-type", "'extends' takes 'builtin' or a path relative to this file (or a list of them); found {found}.");

    public static readonly Message OverridesNotMapping = new(DiagnosticCodes.WrongType, "rules.overrides-not-mapping", "'overrides' must be a mapping of rule ids to changes (severity, disabled); found {found}.");

    public static readonly Message OverrideNeedsChange = new(DiagnosticCodes.MissingKey, "rules.override-needs-change", "The override of rule '{rule}' needs 'severity' or 'disabled' (with the reason).");

    public static readonly Message LetNotMapping = new(DiagnosticCodes.WrongType, "rules.let-not-mapping", "'let' must be a mapping of names to expressions, found {found}.");

    public static readonly Message LetValueNotExpression = new(DiagnosticCodes.WrongType, "rules.let-value-not-expression", "'let' value '{name}' must be an expression, found {found}.");

    public static readonly Message NeedNotPath = new(DiagnosticCodes.WrongType, "rules.need-not-path", "Each item of 'needs' must be a path such as strategy.analysis.updated, found {found}.");

    public static readonly Message ReferenceNotText = new(DiagnosticCodes.WrongType, "rules.reference-not-text", "Each reference must be text, found {found}.");
}
