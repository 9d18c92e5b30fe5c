namespace S3Criteria.Diagnostics;

/// <summary>
/// The stable codes of <see cref="Diagnostic"/>s. Codes starting <c>S3Y</c> concern YAML or JSON syntax, <c>S3C</c> rule
/// files, <c>S3S</c> strategy documents, and <c>S3W</c> spreadsheet workbooks. A code never changes meaning once published.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The text is not well-formed YAML or JSON.</summary>
    public const string Syntax = "S3Y0001";

    /// <summary>The file holds no document, or more than one.</summary>
    public const string EmptyOrMultipleDocuments = "S3Y0002";

    /// <summary>A mapping names the same key twice.</summary>
    public const string DuplicateKey = "S3Y0003";

    /// <summary>A mapping has a key that is not part of the format.</summary>
    public const string UnknownKey = "S3Y0004";

    /// <summary>A value has the wrong type (for example a list where text was expected).</summary>
    public const string WrongType = "S3Y0005";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "S3Y0006";

    /// <summary>A value has the right type but is not allowed (an unknown enumeration value, a malformed code or date).</summary>
    public const string InvalidValue = "S3Y0007";

    /// <summary>YAML anchors and aliases are not supported.</summary>
    public const string AliasNotSupported = "S3Y0008";

    /// <summary>The text exceeds a limit of <c>S3Criteria.Text.DocumentLimits</c> (size, depth, items, value length).</summary>
    public const string LimitExceeded = "S3Y0010";

    /// <summary>A file could not be read.</summary>
    public const string FileNotReadable = "S3Y0009";

    /// <summary>A condition or template expression is not well formed.</summary>
    public const string ExpressionSyntax = "S3C0101";

    /// <summary>An expression names something that does not exist: a variable, field, parameter, function or value.</summary>
    public const string UnknownName = "S3C0102";

    /// <summary>An expression combines values of incompatible types.</summary>
    public const string TypeMismatch = "S3C0103";

    /// <summary>Two rules share an identifier.</summary>
    public const string DuplicateRuleId = "S3C0201";

    /// <summary>A rule names a criterion that no loaded file declares.</summary>
    public const string UnknownCriterion = "S3C0202";

    /// <summary>A parameter is declared twice, overridden with a value of the wrong type, or unknown.</summary>
    public const string InvalidParameter = "S3C0203";

    /// <summary>A rule to disable does not exist.</summary>
    public const string UnknownRule = "S3C0204";

    /// <summary>A criterion is declared twice with different texts.</summary>
    public const string DuplicateCriterion = "S3C0205";

    /// <summary>NRules rejected a compiled rule; this indicates a defect in S3Criteria.</summary>
    public const string CompilationFailed = "S3C0299";

    /// <summary>Two items of a collection share an identifier.</summary>
    public const string DuplicateId = "S3S0001";

    /// <summary>A reference names an item that does not exist.</summary>
    public const string UnresolvedReference = "S3S0002";

    /// <summary>A value breaks an invariant of the model (dates out of order, a negative amount).</summary>
    public const string InvariantViolated = "S3S0003";

    /// <summary>A file is not a readable .xlsx workbook: not a ZIP package, encrypted, an old .xls, or broken inside.</summary>
    public const string WorkbookNotReadable = "S3W0001";

    /// <summary>A workbook's layout is not the strategy workbook's: a missing sheet or header, merged cells, a gap or a second table in a sheet.</summary>
    public const string WorkbookLayout = "S3W0002";

    /// <summary>A cell holds what the workbook format does not read: a formula, an error value, a number or date typed as text.</summary>
    public const string WorkbookCell = "S3W0003";
}
