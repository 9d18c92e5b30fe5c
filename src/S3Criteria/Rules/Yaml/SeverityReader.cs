using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Rules.Yaml;

/// <summary>Reads a severity (<c>info</c>, <c>advisory</c>, <c>blocking</c>) wherever a file gives one: one parse, one message.</summary>
internal static class SeverityReader
{
    private static readonly IReadOnlyList<string> Names = Naming.EnumNames(typeof(Severity));

    /// <summary>Reads the severity at <c>severity</c>; a missing (when required) or unknown one is reported.</summary>
    public static Severity? Read(Keys map, bool required)
    {
        if (map.Text("severity", required) is not { } text)
        {
            return null;
        }

        if (Naming.TryParseEnum(typeof(Severity), text, out var parsed))
        {
            return (Severity)parsed!;
        }

        map.Diagnostics.Add(Messages.UnknownSeverity.At(
            map.Get("severity")!.Location,
            ("severity", text),
            ("suggestion", NameSuggester.Suggest(text, Names)),
            ("severities", Names)));
        return null;
    }
}
