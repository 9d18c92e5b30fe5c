using System.Text.Json;
using S3Criteria.Cli;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Evaluation;
using S3Criteria.Reports;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Cli;

/// <summary>
/// Reports on disk (issue 13): a failed load or a failed write never replaces a good report, documents that share a
/// file name get files of their own, and status lines go to standard error.
/// </summary>
public sealed class ReportOutputTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "strategies", "centro.yaml");

    private readonly string _directory = Directory.CreateTempSubdirectory("s3c-out-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Support.CliRunner.Run(args);

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void Check_DocumentThatFailsToLoad_LeavesTheGoodReport(string format)
    {
        var report = Path.Combine(_directory, "report.out");
        Assert.Equal(1, Run("check", Sample, "--date", "2026-11-25", "--format", format, "-o", report).ExitCode);
        var good = File.ReadAllBytes(report);
        var bad = Path.Combine(_directory, "bad.yaml");
        File.WriteAllText(bad, "id: [unclosed\n");

        var (code, output, error) = Run("check", bad, "--date", "2026-11-25", "--format", format, "-o", report);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal(good, File.ReadAllBytes(report));
        Assert.Contains($"No {format} report written: no document could be loaded; '{report}' is left as it was.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrote", error, StringComparison.Ordinal);
        Assert.Equal(["bad.yaml", "report.out"], Directory.GetFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_NothingLoadedToStandardOutput_PrintsNoReport()
    {
        var bad = Path.Combine(_directory, "bad.yaml");
        File.WriteAllText(bad, "id: [unclosed\n");

        var (code, output, error) = Run("check", bad, "--format", "json");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("No json report written: no document could be loaded.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DiskFullHalfway_KeepsTheOldFileAndSaysSo()
    {
        var report = Path.Combine(_directory, "report.json");
        File.WriteAllText(report, "{ \"the\": \"old report\" }\n");
        var (document, result) = Evaluated();
        using var error = new StringWriter();

        var written = ReportOutput.Write([(document, result)], BuiltIn, "json", report, TextWriter.Null, error, path => new FullDiskStream(path, capacity: 4096));

        Assert.False(written);
        Assert.Equal("{ \"the\": \"old report\" }\n", File.ReadAllText(report));
        Assert.Contains($"error: the report cannot be written to '{report}': No space left on device. Any report there before is left as it was.", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(["report.json"], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void Check_MissingOutputFolder_ExitsTwoWithAClearError()
    {
        var report = Path.Combine(_directory, "missing", "report.json");

        var (code, _, error) = Run("check", Sample, "--format", "json", "-o", report);

        Assert.Equal(2, code);
        Assert.Contains($"error: the report cannot be written to '{report}': The folder '{Path.GetDirectoryName(report)}' does not exist.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OutputIsAFolder_ExitsTwoAndLeavesIt()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "taken")).FullName;
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "kept");

        var (code, _, error) = Run("check", Sample, "--format", "json", "-o", folder);

        Assert.Equal(2, code);
        Assert.Contains($"error: the report cannot be written to '{folder}'", error, StringComparison.Ordinal);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(folder, "keep.txt")));
        Assert.Equal(["taken"], Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void Check_SeveralDocumentsNamedAlike_WritesOneFileEach()
    {
        var strategies = new[] { "centro", "kainuu", "puglia" };
        foreach (var name in strategies)
        {
            Directory.CreateDirectory(Path.Combine(_directory, "in", name));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "samples", "strategies", $"{name}.yaml"), Path.Combine(_directory, "in", name, "s.yaml"));
        }

        var output = Path.Combine(_directory, "out");
        var (code, stdout, error) = Run("check", Path.Combine(_directory, "in"), "--date", "2026-11-25", "--format", "html", "-o", output, "--fail-on", "none");

        Assert.Equal(0, code);
        Assert.Empty(stdout);
        Assert.Equal($"Wrote 3 reports to {output}, one file each: centro-s.html, kainuu-s.html, puglia-s.html.\n", error);
        foreach (var name in strategies)
        {
            var title = StrategyDocument.Load(Path.Combine(_directory, "in", name, "s.yaml")).Strategy.Title;
            Assert.Contains($"<h1>{System.Net.WebUtility.HtmlEncode(title)}</h1>", File.ReadAllText(Path.Combine(output, $"{name}-s.html")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_ReportToFile_WritesTheStatusToStandardError()
    {
        var report = Path.Combine(_directory, "report.json");

        var (code, output, error) = Run("check", Sample, "--date", "2026-11-25", "--format", "json", "-o", report);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Equal($"Wrote 1 report to {report}.\n", error);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal("pt16-ris3-centro-2021-2027", json.RootElement.GetProperty("strategy").GetProperty("id").GetString());
    }

    private static readonly RuleSet BuiltIn = new RuleSetBuilder().AddBuiltInRules().Build();

    private static (StrategyDocument Document, ComplianceReport Report) Evaluated()
    {
        var document = StrategyDocument.Load(Sample);
        return (document, new ComplianceEvaluator(BuiltIn, new ComplianceEvaluatorOptions { EvaluationDate = Today }).Evaluate(document));
    }

    /// <summary>A new file on a disk with room for <c>capacity</c> bytes: writing more fails as a full disk does.</summary>
    private sealed class FullDiskStream(string path, long capacity) : FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1)
    {
        // FileStream calls the array overload from the span one when a derived type overrides it: the array one does the work.
        public override void Write(byte[] buffer, int offset, int count)
        {
            if (Position + count > capacity)
            {
                base.Write(buffer, offset, (int)(capacity - Position));
                throw new IOException("No space left on device.");
            }

            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void WriteByte(byte value) => Write([value], 0, 1);
    }
}
