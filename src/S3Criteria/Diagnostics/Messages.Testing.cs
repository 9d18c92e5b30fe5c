namespace S3Criteria.Diagnostics;

/// <summary>Messages of rule-test files (<c>S3Criteria.Testing</c>); their keys are checked with the rule files' messages.</summary>
internal static partial class Messages
{
    public static readonly Message TestFileNotReadable = new(DiagnosticCodes.FileNotReadable, "testing.file-not-readable", "The test file cannot be read: {reason}");

    public static readonly Message TestFileNotMapping = new(DiagnosticCodes.WrongType, "testing.file-not-mapping", "A rule-test file must be a mapping with the keys date, base and cases.");

    public static readonly Message TestFileNeedsCases = new(DiagnosticCodes.MissingKey, "testing.file-needs-cases", "A rule-test file needs 'cases', a list of cases.");

    public static readonly Message TestCaseNotMapping = new(DiagnosticCodes.WrongType, "testing.case-not-mapping", "A rule-test case must be a mapping with name, strategy or patch, and expect.");

    public static readonly Message TestCaseNeedsStrategy = new(DiagnosticCodes.MissingKey, "testing.case-needs-strategy", "Case '{name}' needs 'strategy', or 'patch' with a file-level 'base'.");

    public static readonly Message TestCaseNeedsExpect = new(DiagnosticCodes.MissingKey, "testing.case-needs-expect", "A case needs 'expect': a mapping of rule ids to a list of subject ids, or to fails, passes, not-applicable or cannot-assess.");

    public static readonly Message TestExpectationInvalid = new(DiagnosticCodes.InvalidValue, "testing.expectation-invalid", "Expected a list of subject ids, or fails, passes, not-applicable or cannot-assess for rule '{rule}'.");

    public static readonly Message TestBaseInvalid = new(DiagnosticCodes.InvalidValue, "testing.base-invalid", "'base' must be a strategy document, or a path relative to the test file.");

    public static readonly Message TestBaseNotReadable = new(DiagnosticCodes.FileNotReadable, "testing.base-not-readable", "The base document cannot be read: {reason}");

    public static readonly Message TestPatchNotMapping = new(DiagnosticCodes.WrongType, "testing.patch-not-mapping", "A patch of item '{id}' must be a mapping.");

    public static readonly Message TestDateInvalid = new(DiagnosticCodes.InvalidValue, "testing.date-invalid", "'date' must be a date written YYYY-MM-DD.");
}
