using System.Text.RegularExpressions;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Rules;

/// <summary>
/// Every web address that the rule files (rules/*.yaml, the vehicle catalogue included, the rule tests excluded) and
/// the sample strategies (samples/strategies/*.yaml, header comments included) cite is on an official host: EUR-Lex
/// in English, the Commission and its agencies, the JRC, official programme sites, the macro-regional strategies'
/// own sites, the European Cluster Collaboration Platform and the Vanguard Initiative (issue 12, shared/domain
/// SOURCES.md). A sample may also cite its own region's or managing authority's official site, listed per sample.
/// </summary>
public sealed partial class ReferenceSourcesTests
{
    /// <summary>Hosts that any rule file or sample may cite; a host also covers its subdomains.</summary>
    private static readonly string[] OfficialHosts =
    [
        // EUR-Lex and the Publications Office (EUR-Lex links must be English: see EurLexLanguage).
        "eur-lex.europa.eu", "data.europa.eu", "op.europa.eu",
        // The Commission: DG REGIO, the S3 Community of Practice, EISMEA, the JRC S3 Platform and publications,
        // Funding & Tenders, CORDIS, SFC, presscorner, futurium, reform support, the I3 site and sector portals.
        "ec.europa.eu", "commission.europa.eu", "cordis.europa.eu",
        // Interreg programmes and Interact (an Interreg programme; keep.eu is its project database).
        "interregeurope.eu", "interreg.eu", "interact.eu", "keep.eu",
        // The four macro-regional strategies' own sites.
        "danube-region.eu", "adriatic-ionian.eu", "balticsea-region-strategy.eu", "alpine-region.eu",
        // The European Cluster Collaboration Platform and the Vanguard Initiative.
        "clustercollaboration.eu", "s3vanguardinitiative.eu",
    ];

    /// <summary>The official hosts of a sample's own region or managing authority, cited only in that sample.</summary>
    private static readonly Dictionary<string, string[]> RegionHosts = new(StringComparer.Ordinal)
    {
        ["centro"] = ["ccdrc.pt"],                                  // CCDR Centro
        ["centru"] = ["centruregion.com"],                          // ADR Centru
        ["croatia"] = ["gospodarstvo.gov.hr"],                      // Croatian Ministry of Economy
        ["kainuu"] = ["kainuunliitto.fi"],                          // Regional Council of Kainuu
        ["nyugat-dunantul"] = ["nkfih.gov.hu"],                     // NRDI Office, owner of Hungary's national S3
        ["puglia"] = ["arti.puglia.it", "regione.puglia.it"],      // ARTI Puglia, Regione Puglia
    };

    public static TheoryData<string> Files() => [.. SourceFiles()];

    [Theory]
    [MemberData(nameof(Files))]
    public void ReferenceUrls_InRuleOrSampleFile_AreOnOfficialHosts(string file)
    {
        var problems = Urls(File.ReadAllText(Repository.File(file.Split('/'))))
            .Select(url => (url, problem: Check(url, file)))
            .Where(x => x.problem is not null)
            .Select(x => $"{x.url}: {x.problem}")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(problems.Count == 0, $"{file} cites {problems.Count} address(es) that are not accepted:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void ReferenceUrls_RulesAndSamples_AreFoundInBoth()
    {
        var files = SourceFiles().ToList();

        Assert.Contains("rules/vehicles.yaml", files);
        Assert.DoesNotContain(files, f => f.EndsWith(".tests.yaml", StringComparison.Ordinal));
        Assert.True(CountUrls(files, "rules/") >= 50, "Fewer than 50 addresses found in rules/*.yaml.");
        Assert.True(CountUrls(files, "samples/") >= 50, "Fewer than 50 addresses found in samples/strategies/*.yaml.");
    }

    [Fact]
    public void RegionHosts_EveryListedSample_Exists()
    {
        Assert.All(RegionHosts.Keys, sample => Assert.True(File.Exists(Repository.File("samples", "strategies", $"{sample}.yaml")), $"No sample {sample}.yaml."));
    }

    [Theory]
    [InlineData("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32021R1060", "rules/criterion-1.yaml")]
    [InlineData("https://s3platform.jrc.ec.europa.eu/governance", "rules/criterion-2.yaml")]
    [InlineData("https://www.s3vanguardinitiative.eu/pilots/efficient-and-sustainable-manufacturing-esm", "rules/vehicles.yaml")]
    [InlineData("https://projects2014-2020.interregeurope.eu/bridges/", "samples/strategies/kainuu.yaml")]
    [InlineData("https://kainuunliitto.fi/en/regional-development/smart-specialisation-strategy/", "samples/strategies/kainuu.yaml")]
    public void Check_OfficialAddress_IsAccepted(string url, string file)
    {
        Assert.Null(Check(url, file));
    }

    [Theory]
    [InlineData("https://errin.eu/news/launch-s3-community-practice", "rules/criterion-1.yaml", "host errin.eu")]
    [InlineData("https://europa.eu.example.com/x", "rules/criterion-1.yaml", "host europa.eu.example.com")]
    [InlineData("https://eur-lex.europa.eu/legal-content/GA/TXT/?uri=CELEX:52020DC0578", "rules/criterion-7.yaml", "not in English")]
    [InlineData("https://eur-lex.europa.eu/eli/reg/2021/1060/oj", "rules/criterion-7.yaml", "not in English")]
    [InlineData("http://s3platform.jrc.ec.europa.eu/high-tech-farming", "rules/vehicles.yaml", "not https")]
    [InlineData("https://kainuunliitto.fi/en/bridges-closing-conference-10-12-2020/", "rules/vehicles.yaml", "host kainuunliitto.fi")]
    [InlineData("https://kainuunliitto.fi/en/bridges-closing-conference-10-12-2020/", "samples/strategies/nyugat-dunantul.yaml", "host kainuunliitto.fi")]
    public void Check_NonOfficialAddress_IsReported(string url, string file, string expected)
    {
        Assert.Contains(expected, Check(url, file) ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Urls_InCommentText_StopBeforeClosingPunctuation()
    {
        string[] expected = ["https://danube-region.eu/?p=1321", "https://ec.europa.eu/a_en", "https://x.eu/b"];

        Assert.Equal(expected, Urls("# see (https://danube-region.eu/?p=1321); and https://ec.europa.eu/a_en, then https://x.eu/b."));
    }

    /// <summary>The files checked, relative to the repository root with '/' separators.</summary>
    private static IEnumerable<string> SourceFiles() =>
        Directory.GetFiles(Repository.File("rules"), "*.yaml", SearchOption.TopDirectoryOnly)
            .Concat(Directory.GetFiles(Repository.File("samples", "strategies"), "*.yaml", SearchOption.TopDirectoryOnly))
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static int CountUrls(IEnumerable<string> files, string folder) =>
        files.Where(f => f.StartsWith(folder, StringComparison.Ordinal))
            .Sum(f => Urls(File.ReadAllText(Repository.File(f.Split('/')))).Count());

    private static IEnumerable<string> Urls(string text) =>
        UrlPattern().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ';', ':'));

    /// <summary>Why <paramref name="url"/> may not be cited in <paramref name="file"/>, or null when it may.</summary>
    private static string? Check(string url, string file)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "not a valid address";
        }

        var sample = file.StartsWith("samples/strategies/", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(file) : null;
        var regionHosts = sample is not null && RegionHosts.TryGetValue(sample, out var hosts) ? hosts : [];
        if (!OfficialHosts.Concat(regionHosts).Any(h => IsHostOrSubdomain(uri.Host, h)))
        {
            return $"host {uri.Host} is not on the list of official hosts{(sample is null ? "" : $" for {sample}")}";
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return "not https";
        }

        return IsHostOrSubdomain(uri.Host, "eur-lex.europa.eu") && !EurLexLanguage().IsMatch(uri.AbsolutePath)
            ? "EUR-Lex link not in English (use https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:...)"
            : null;
    }

    private static bool IsHostOrSubdomain(string host, string allowed) =>
        host.Equals(allowed, StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("." + allowed, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"https?://[^\s""'<>()\[\]{}]+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex("^/legal-content/EN/")]
    private static partial Regex EurLexLanguage();
}
