namespace S3Criteria.Diagnostics;

/// <content>Messages of reading the command line's configuration file, <c>.s3criteria.yaml</c> (<c>S3Criteria.Cli</c>).</content>
internal static partial class Messages
{
    public static readonly Message ConfigFileNotReadable = new(DiagnosticCodes.FileNotReadable, "config.file-not-readable", "The configuration file cannot be read: {reason}");

    public static readonly Message ConfigNotMapping = new(DiagnosticCodes.WrongType, "config.not-mapping", "A configuration file is a mapping of option names to values ({keys}); found {found}.");

    public static readonly Message ConfigUnknownKey = new(DiagnosticCodes.UnknownKey, "config.unknown-key", "Unknown key '{key}' in the configuration file. {suggestion}Expected one of: {keys}.");

    public static readonly Message ConfigWrongType = new(DiagnosticCodes.WrongType, "config.wrong-type", "'{key}' must be {expected}; found {found}.");

    public static readonly Message ConfigInvalidValue = new(DiagnosticCodes.InvalidValue, "config.invalid-value", "'{key}' cannot be '{value}': expected {expected}.");
}
