namespace S3Criteria.Diagnostics;

/// <content>
/// Messages of binding and validating strategy documents (<c>S3Criteria.Documents</c>). <c>{kind}</c> is a model kind
/// (<c>strategy</c>, <c>priority</c>, <c>vehicle</c>), <c>{expected}</c> a description of a value's type such as
/// <c>a whole number</c>, and <c>{suggestion}</c> a "Did you mean ...? " from <see cref="NameSuggester"/> or nothing.
/// </content>
internal static partial class Messages
{
    public static readonly Message DocumentNotMapping = new(DiagnosticCodes.WrongType, "documents.not-mapping", "Expected a mapping (keys and values) for the {kind}, found {found}. Keys of the {kind}: {keys}.");

    public static readonly Message DocumentUnknownKey = new(DiagnosticCodes.UnknownKey, "documents.unknown-key", "Unknown key '{key}' in the {kind}. {suggestion}Expected one of: {keys}.");

    public static readonly Message DocumentDerivedKey = new(DiagnosticCodes.UnknownKey, "documents.derived-key", "Unknown key '{key}' in the {kind}. '{key}' is derived from other values and cannot be set. {suggestion}Expected one of: {keys}.");

    public static readonly Message DocumentMissingKey = new(DiagnosticCodes.MissingKey, "documents.missing-key", "The {kind} needs '{key}' ({expected}).");

    public static readonly Message DocumentValueMissing = new(DiagnosticCodes.WrongType, "documents.value-missing", "Expected {expected}, found nothing. Leave the key out if the value is not known.");

    public static readonly Message DocumentWrongType = new(DiagnosticCodes.WrongType, "documents.wrong-type", "Expected {expected}, found {found}.");

    public static readonly Message DocumentListExpected = new(DiagnosticCodes.WrongType, "documents.list-expected", "Expected a list of {expected}, found {found}.");

    public static readonly Message DocumentInvalidValue = new(DiagnosticCodes.InvalidValue, "documents.invalid-value", "'{value}' is not {expected}.");

    public static readonly Message DocumentInvalidValueSuggested = new(DiagnosticCodes.InvalidValue, "documents.invalid-value-suggested", "'{value}' is not {expected}. {suggestion}");

    public static readonly Message DocumentQuotedValue = new(DiagnosticCodes.WrongType, "documents.quoted-value", "Expected {expected}, found the text '{value}' (in quotes). Write {expected} without quotes.");

    public static readonly Message DocumentUnquotedText = new(DiagnosticCodes.WrongType, "documents.unquoted-text", "Expected text, found {value}, which YAML and JSON read as a number or a boolean. Write it in quotes ('{value}') if it is text.");

    public static readonly Message StrategyValueEmpty = new(DiagnosticCodes.InvariantViolated, "documents.value-empty", "'{key}' must not be empty.");

    public static readonly Message StrategyLanguageInvalid = new(DiagnosticCodes.InvalidValue, "documents.language-invalid", "'{value}' is not a language tag; write a BCP 47 tag such as it, it-IT or el.");

    public static readonly Message StrategyPeriodOutOfOrder = new(DiagnosticCodes.InvariantViolated, "documents.period-out-of-order", "The period ends ({end}) before it starts ({start}).");

    public static readonly Message StrategyDuplicateId = new(DiagnosticCodes.DuplicateId, "documents.duplicate-id", "The identifier '{id}' is already used by {first}; identifiers must be unique.");

    public static readonly Message StrategyUnresolvedReference = new(DiagnosticCodes.UnresolvedReference, "documents.unresolved-reference", "No {kind} has the identifier '{id}'. {suggestion}Known identifiers: {known}.");

    public static readonly Message StrategyUnresolvedReferenceNoneDeclared = new(DiagnosticCodes.UnresolvedReference, "documents.unresolved-reference-none-declared", "No {kind} has the identifier '{id}'. The document declares none.");

    public static readonly Message StrategyPartnershipOutOfOrder = new(DiagnosticCodes.InvariantViolated, "documents.partnership-out-of-order", "The partnership ends ({end}) before it starts ({start}).");

    public static readonly Message StrategyTargetBeforeBaseline = new(DiagnosticCodes.InvariantViolated, "documents.target-before-baseline", "The target year ({target}) is before the baseline year ({baseline}).");

    public static readonly Message StrategyNegativeAmount = new(DiagnosticCodes.InvariantViolated, "documents.negative-amount", "An amount cannot be negative, but it is {amount}.");

    public static readonly Message StrategyCriterionNumber = new(DiagnosticCodes.InvalidValue, "documents.criterion-number", "{number} is not a fulfilment criterion of enabling condition 1.1; expected a number from 1 to 7.");

    public static readonly Message StrategyNutsOutsideCountry = new(DiagnosticCodes.InvariantViolated, "documents.nuts-outside-country", "The NUTS code {nuts} is a region of {nutsCountry}, but the partner's country is {country}; correct one of them.");

    public static readonly Message StrategyNuts2NotContaining = new(DiagnosticCodes.InvariantViolated, "documents.nuts2-not-containing", "'{nuts2}' is not the NUTS 2 region of {code}: nuts2 is the first four characters of a NUTS 3 code (for example FI1D for FI1D8), given only for a NUTS 3 region.");

    public static readonly Message StrandCProgramme = new(DiagnosticCodes.InvalidValue, "documents.strand-c-programme", "'{value}' is not {expected}: {programme} is a programme of Interreg strand C (interregional cooperation); write 'instrument: interreg-c' and 'programme: {programme}'.");

    public static readonly Message RetiredMacroRegionalStrategy = new(DiagnosticCodes.InvalidValue, "documents.retired-macro-regional-strategy", "'{value}' is no longer {expected}: a macro-regional strategy is a framework, not an instrument, since document format 2; write the instrument that funds the cooperation (for example interreg-b) and 'macro-regional-strategy: danube' (or baltic-sea, adriatic-ionian, alpine).");
}
