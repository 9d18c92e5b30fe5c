using S3Criteria.Diagnostics;
using S3Criteria.Text;

namespace S3Criteria.Localization;

/// <summary>
/// The catalogues of the tool's own texts (every text a reader sees but the rules' texts), one embedded YAML file per
/// language (<c>Localization/Texts/&lt;code&gt;.yaml</c>): read once, with the YAML reader of <c>S3Criteria.Text</c>
/// and without <see cref="System.Globalization.CultureInfo"/>, so they work with invariant globalization.
/// </summary>
internal static class Catalogues
{
    private const string Prefix = "S3Criteria.Localization.Texts.";

    private static readonly Lazy<IReadOnlyList<Catalogue>> All = new(Load);

    public static IReadOnlyList<ShippedLanguage> Languages => [.. All.Value.Select(c => c.Language)];

    public static Catalogue English => All.Value[0];

    /// <summary>The catalogue of a shipped language's code; English for any other.</summary>
    public static Catalogue Of(string? code) =>
        All.Value.FirstOrDefault(c => string.Equals(c.Language.Code, code, StringComparison.Ordinal)) ?? English;

    /// <summary>Reads one catalogue's text; public to the tests, which read a catalogue they write.</summary>
    public static Catalogue Read(string text, string name)
    {
        var diagnostics = new List<Diagnostic>();
        if (YamlTreeReader.Read(new SourceText(text, name), diagnostics) is not YMapping root || diagnostics.Count > 0)
        {
            throw new InvalidOperationException($"The catalogue {name} is not a YAML mapping: {string.Join("; ", diagnostics)}");
        }

        string Scalar(string key) => root.Entries.FirstOrDefault(e => e.Key.Value == key).Value is YScalar s
            ? s.Value
            : throw new InvalidOperationException($"The catalogue {name} has no '{key}'.");

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.Entries.FirstOrDefault(e => e.Key.Value == "texts").Value is YMapping entries)
        {
            foreach (var (key, value) in entries.Entries)
            {
                texts[key.Value] = value is YScalar scalar ? scalar.Value : throw new InvalidOperationException($"{name}: '{key.Value}' is not a text.");
            }
        }

        var status = Scalar("status") switch
        {
            "reviewed" => TranslationStatus.Reviewed,
            "machine" => TranslationStatus.Machine,
            var other => throw new InvalidOperationException($"{name}: status '{other}' is neither reviewed nor machine."),
        };
        return new Catalogue(new ShippedLanguage(Scalar("language"), Scalar("name"), status), texts);
    }

    private static List<Catalogue> Load()
    {
        var assembly = typeof(Catalogues).Assembly;
        var catalogues = new List<Catalogue>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            catalogues.Add(Read(reader.ReadToEnd(), name));
        }

        var english = catalogues.FindIndex(c => c.Language.Code == S3Criteria.Localization.Languages.English);
        var first = catalogues[english];
        catalogues.RemoveAt(english);
        catalogues.Insert(0, first);
        return catalogues;
    }
}
