namespace S3Criteria.Diagnostics;

/// <content>Messages of reading waiver files (<c>S3Criteria.Waivers</c>).</content>
internal static partial class Messages
{
    public static readonly Message WaiverFileNotReadable = new(DiagnosticCodes.FileNotReadable, "waivers.file-not-readable", "The waiver file cannot be read: {reason}");

    public static readonly Message WaiverFileNotList = new(DiagnosticCodes.WrongType, "waivers.file-not-list", "A waiver file is a mapping with one key, 'waivers', holding a list of waivers ({keys}).");

    public static readonly Message WaiverNotMapping = new(DiagnosticCodes.WrongType, "waivers.not-mapping", "A waiver must be a mapping with the keys {keys}; found {found}.");

    public static readonly Message WaiverUnknownKey = new(DiagnosticCodes.UnknownKey, "waivers.unknown-key", "Unknown key '{key}' in a waiver. {suggestion}Expected one of: {keys}.");

    public static readonly Message WaiverValueNotText = new(DiagnosticCodes.WrongType, "waivers.value-not-text", "'{key}' must be text.");

    public static readonly Message WaiverBlankValue = new(DiagnosticCodes.InvalidValue, "waivers.blank-value", "'{key}' is blank; a waiver needs a real {key}.");

    public static readonly Message WaiverMissingKey = new(DiagnosticCodes.MissingKey, "waivers.missing-key", "A waiver needs '{key}'.");

    public static readonly Message WaiverMissingExpiry = new(DiagnosticCodes.MissingKey, "waivers.missing-expiry", "A waiver needs 'expires' (a date written YYYY-MM-DD: waivers do not last for ever).");

    public static readonly Message WaiverInvalidDate = new(DiagnosticCodes.InvalidValue, "waivers.invalid-date", "'{value}' is not a date written YYYY-MM-DD.");
}
