using S3Criteria.Cli;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Cli;

/// <summary><c>--language</c> on the command line: shipped languages in BCP 47 forms, an unknown one a usage error.</summary>
public sealed class LanguageOptionTests
{
    private static string Sample(string name) => Repository.File("samples", "strategies", name);

    [Theory]
    [InlineData("check")]
    [InlineData("forecast")]
    public void Language_Unknown_IsAUsageErrorListingTheAvailableOnes(string command)
    {
        var (code, output, error) = CliRunner.Run(command, Sample("puglia.yaml"), "--language", "xx");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(output);
        Assert.Contains("--language 'xx' is not an available language; available: en, de, el, es, fi, fr, hr, hu, it, pt, ro.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_UnknownLanguage_IsAUsageErrorListingTheAvailableOnes()
    {
        var (code, output, error) = CliRunner.Run("diff", Sample("puglia.yaml"), Sample("puglia.yaml"), "--language", "xx");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(output);
        Assert.Contains("--language 'xx' is not an available language; available: en, de, el, es, fi, fr, hr, hu, it, pt, ro.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_ItalianRegionalTag_IsAccepted()
    {
        var (code, _, error) = CliRunner.Run("diff", Sample("puglia.yaml"), Sample("puglia.yaml"), "--language", "it-IT", "--date", "2026-11-25");

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain("error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Italian_StatusLineIsInItalian()
    {
        var path = Path.Combine(Path.GetTempPath(), $"s3c-{Guid.NewGuid():N}.json");
        try
        {
            var (_, _, error) = CliRunner.Run("check", Sample("puglia.yaml"), "--language", "it", "--format", "json=" + path, "--date", "2026-11-25");

            Assert.Contains($"Scritto 1 rapporto in {path}.", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_ItalianRegionalTag_PrintsTheReportInItalian()
    {
        var (_, output, error) = CliRunner.Run("check", Sample("puglia.yaml"), "--language", "it-IT", "--date", "2026-11-25");

        Assert.DoesNotContain("error", error, StringComparison.Ordinal);
        Assert.Contains("Condizione abilitante 1.1: ", output, StringComparison.Ordinal);
        Assert.Contains("Insieme di regole ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GreekHtml_SetsLangAndGreekHeadings()
    {
        var (_, output, _) = CliRunner.Run("check", Sample("dytiki-makedonia.yaml"), "--language", "EL", "--format", "html", "--date", "2026-11-25");

        Assert.Contains("<html lang=\"el\">", output, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"overview-criteria\">Κριτήρια εκπλήρωσης</h2>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvalidDocumentInItalian_PrintsItsDiagnosticsInItalian()
    {
        using var path = new TempFile(".yaml", RuleHarness.BaseStrategy + "priorites: []\n");

        var (code, _, error) = CliRunner.Run("check", path.Path, "--language", "it");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("Chiave sconosciuta 'priorites'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesList_ShowsEveryShippedLanguageWithItsStatus()
    {
        var (code, output, _) = CliRunner.Run("rules", "list");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Languages (--language):", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  en  English +reviewed", output);
        Assert.Matches(@"\n  it  Italiano +machine", output);
        Assert.Matches(@"\n  el  Ελληνικά +machine", output);
    }

    [Fact]
    public void Convert_Italian_ConfirmsInItalian()
    {
        using var target = new TempFile(".json");

        var (code, _, error) = CliRunner.Run("convert", Sample("puglia.yaml"), target.Path, "--language", "it-IT");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($"Scritto il file {target.Path} (json) a partire da {Sample("puglia.yaml")}.", error.TrimEnd());
    }

    [Fact]
    public void Convert_InvalidDocumentInGreek_PrintsItsHeadingAndDiagnosticsInGreek()
    {
        using var path = new TempFile(".yaml", RuleHarness.BaseStrategy + "priorites: []\n");

        var (code, _, error) = CliRunner.Run("convert", path.Path, path.Path + ".json", "--language", "el");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith($"Δεν ήταν δυνατή η φόρτωση του {path.Path}", error, StringComparison.Ordinal);
        Assert.Contains("Άγνωστο κλειδί 'priorites'", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path.Path + ".json"));
    }

    [Fact]
    public void Init_ExistingFileInGerman_IsAnErrorInGermanWithTheEnglishPrefix()
    {
        using var path = new TempFile(".yaml", "kept\n");

        var (code, _, error) = CliRunner.Run("init", path.Path, "--language", "de");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"error: die Datei '{path.Path}' existiert bereits; verwenden Sie --force, um sie zu überschreiben.", error.TrimEnd());
        Assert.Equal("kept\n", File.ReadAllText(path.Path));
    }

    [Fact]
    public void Init_WorkbookInFrench_TellsWhatToDoNextInFrench()
    {
        using var path = new TempFile(".xlsx");

        var (code, _, error) = CliRunner.Run("init", path.Path, "--language", "fr");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($"Fichier {path.Path} écrit. Remplir ses feuilles (la feuille « Read me » les explique), puis exécuter : s3criteria check {path.Path}", error.TrimEnd());
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("init")]
    public void Language_UnknownOnConvertOrInit_IsAUsageErrorAndWritesNothing(string command)
    {
        var target = Path.Combine(Path.GetTempPath(), $"s3c-lang-{Guid.NewGuid():N}.yaml");
        string[] arguments = command == "convert" ? [command, Sample("puglia.yaml"), target, "--language", "xx"] : [command, target, "--language", "xx"];

        var (code, output, error) = CliRunner.Run(arguments);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(output);
        Assert.Equal("error: --language 'xx' is not an available language; available: en, de, el, es, fi, fr, hr, hu, it, pt, ro.", error.TrimEnd());
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Convert_NoLanguage_ConfirmsInEnglish()
    {
        using var target = new TempFile(".yaml");

        var (code, _, error) = CliRunner.Run("convert", Sample("puglia.yaml"), target.Path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($"Wrote {target.Path} (yaml) from {Sample("puglia.yaml")}.", error.TrimEnd());
    }

    [Fact]
    public void Convert_BrokenWorkbookInItalian_PrintsTheWorkbookProblemInItalian()
    {
        using var path = new TempFile(".xlsx", "not a zip");

        var (code, _, error) = CliRunner.Run("convert", path.Path, path.Path + ".yaml", "--language", "it");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("error S3W0001: Il file non è una cartella di lavoro .xlsx", error, StringComparison.Ordinal);
        Assert.DoesNotContain("The file is not an .xlsx workbook", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_FromAfterUntilInGerman_IsAnErrorInGermanWithTheEnglishPrefix()
    {
        var (code, output, error) = CliRunner.Run("forecast", Sample("puglia.yaml"), "--from", "2030-01-01", "--until", "2029-01-01", "--language", "de");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(output);
        Assert.Equal("error: --from 2030-01-01 liegt nach --until 2029-01-01: Die Prognose würde keinen Tag umfassen.", error.TrimEnd());
    }

    [Fact]
    public void Diff_InvalidDocumentInGreek_PrintsItsProblemsInGreek()
    {
        using var path = new TempFile(".yaml", RuleHarness.BaseStrategy + "priorites: []\n");

        var (code, _, error) = CliRunner.Run("diff", Sample("puglia.yaml"), path.Path, "--language", "el");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith($"Δεν ήταν δυνατή η φόρτωση του {path.Path}", error, StringComparison.Ordinal);
        Assert.Contains("Άγνωστο κλειδί 'priorites'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_UnknownWithAControlCharacter_IsEchoedWithoutIt()
    {
        var (code, _, error) = CliRunner.Run("check", Sample("puglia.yaml"), "--language", "x\u001b[2Jy");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("error: --language 'x[2Jy' is not an available language", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_Italian_WordsTheComparisonInItalian()
    {
        var (_, output, _) = CliRunner.Run("diff", Sample("weak-draft.yaml"), Sample("exemplary.yaml"), "--date", "2026-11-25", "--language", "it", "--format", "markdown");
        var (_, english, _) = CliRunner.Run("diff", Sample("weak-draft.yaml"), Sample("exemplary.yaml"), "--date", "2026-11-25", "--format", "markdown");

        Assert.Contains("| criterio | variazione | prima | dopo |", output, StringComparison.Ordinal);
        Assert.Contains("| migliorato | non soddisfatto | soddisfatto |", output, StringComparison.Ordinal);
        Assert.Contains("Rilievi risolti: 47; nuovi: 0;", output, StringComparison.Ordinal);
        Assert.DoesNotContain("| criterion |", output, StringComparison.Ordinal);
        Assert.Contains("| criterion | change | before | after |", english, StringComparison.Ordinal);
        Assert.Contains("47 fixed, 0 new, 0 assessability changed, 0 still open.", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_Italian_WritesTheOffsetsOfThresholdsInItalian()
    {
        var (_, output, _) = CliRunner.Run("forecast", Sample("puglia.yaml"), "--from", "2026-11-25", "--language", "it");

        Assert.Contains("l'analisi: ultimo aggiornamento il 2025-03-31, +3 anni -12 mesi", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" years", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" months", output, StringComparison.Ordinal);
    }
}
