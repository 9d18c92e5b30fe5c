namespace S3Criteria.Diagnostics;

/// <content>Messages of reading files and YAML or JSON text (<c>S3Criteria.Text</c>).</content>
internal static partial class Messages
{
    public static readonly Message FileTooLarge = new(DiagnosticCodes.LimitExceeded, "text.file-too-large", "The file holds more than {bytes} bytes (the limit is {limit} characters, at most 4 bytes each); it was not read further.");

    public static readonly Message FileNotReadable = new(DiagnosticCodes.FileNotReadable, "text.file-not-readable", "The file cannot be read: {reason}");

    public static readonly Message TextTooLong = new(DiagnosticCodes.LimitExceeded, "text.text-too-long", "The file has {length} characters; the limit is {limit}.");

    public static readonly Message JsonEmpty = new(DiagnosticCodes.EmptyOrMultipleDocuments, "text.json-empty", "The file is empty; expected a JSON object.");

    public static readonly Message JsonTrailingContent = new(DiagnosticCodes.Syntax, "text.json-trailing-content", "Invalid JSON: unexpected content after the end of the document.");

    public static readonly Message JsonSyntax = new(DiagnosticCodes.Syntax, "text.json-syntax", "Invalid JSON: {reason}");

    public static readonly Message JsonLoneSurrogate = new(DiagnosticCodes.Syntax, "text.json-lone-surrogate", "Invalid JSON string \"{text}\": a \\u escape stands for half of a surrogate pair (\\ud800 to \\udfff) without the other half, which is not a character.");

    public static readonly Message JsonTooDeep = new(DiagnosticCodes.LimitExceeded, "text.json-too-deep", "Objects and arrays nest more than {limit} levels deep here.");

    public static readonly Message JsonTooManyKeys = new(DiagnosticCodes.LimitExceeded, "text.json-too-many-keys", "An object holds more than {limit} keys (the limit).");

    public static readonly Message JsonTooManyItems = new(DiagnosticCodes.LimitExceeded, "text.json-too-many-items", "An array holds more than {limit} items (the limit).");

    public static readonly Message ValueTooLong = new(DiagnosticCodes.LimitExceeded, "text.value-too-long", "A value has {length} characters; the limit is {limit}.");

    public static readonly Message DuplicateKey = new(DiagnosticCodes.DuplicateKey, "text.duplicate-key", "Duplicate key '{key}'; it was first given at line {line}, column {column}.");

    public static readonly Message YamlEmpty = new(DiagnosticCodes.EmptyOrMultipleDocuments, "text.yaml-empty", "The file is empty; expected a YAML mapping.");

    public static readonly Message YamlMultipleDocuments = new(DiagnosticCodes.EmptyOrMultipleDocuments, "text.yaml-multiple-documents", "The file holds more than one YAML document; expected exactly one.");

    public static readonly Message YamlSyntax = new(DiagnosticCodes.Syntax, "text.yaml-syntax", "Invalid YAML: {reason}");

    public static readonly Message YamlParserStopped = new(DiagnosticCodes.Syntax, "text.yaml-parser-stopped", "Invalid YAML after this point; the YAML parser stopped: {reason}");

    public static readonly Message YamlTooDeep = new(DiagnosticCodes.LimitExceeded, "text.yaml-too-deep", "Lists and mappings nest more than {limit} levels deep here.");

    public static readonly Message YamlTooManyItems = new(DiagnosticCodes.LimitExceeded, "text.yaml-too-many-items", "A list holds more than {limit} items.");

    public static readonly Message YamlTooManyKeys = new(DiagnosticCodes.LimitExceeded, "text.yaml-too-many-keys", "A mapping holds more than {limit} keys.");

    public static readonly Message KeyNotText = new(DiagnosticCodes.WrongType, "text.key-not-text", "A mapping key must be text, found {found}.");

    public static readonly Message AliasNotSupported = new(DiagnosticCodes.AliasNotSupported, "text.alias-not-supported", "YAML aliases (*{alias}) are not supported; write the value out.");
}
