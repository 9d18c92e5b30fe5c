using System.Text.Json.Nodes;
using S3Criteria.Documents;
using S3Criteria.Engine;
using S3Criteria.Writers;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Writers;

/// <summary>Writers print only what their context holds: not what the current directory is, not what the file system holds now.</summary>
[Collection(ChangesCurrentDirectory.Name)]
public sealed class ReportWriterPurityTests
{
    private static readonly RuleSet BuiltIn = new RuleSetBuilder().AddBuiltInRules().Build();

    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples", "strategies");

    public static TheoryData<string> Formats() => [.. ReportWriterRegistry.Default.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_FromAnotherCurrentDirectory_GivesTheSameBytes(string format)
    {
        var writer = ReportWriterRegistry.Default.Get(format);
        var original = Environment.CurrentDirectory;
        var elsewhere = Directory.CreateTempSubdirectory("s3c-cwd-").FullName;
        try
        {
            // The document is named relative to the base directory, as a command line names what the user typed.
            Environment.CurrentDirectory = AppContext.BaseDirectory;
            var context = Context(Path.Combine("samples", "strategies", "extremadura.yaml"), AppContext.BaseDirectory);
            var here = Bytes(writer, context);

            Environment.CurrentDirectory = elsewhere;
            var there = Bytes(writer, context);

            Assert.Equal(here, there);
        }
        finally
        {
            Environment.CurrentDirectory = original;
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Write_SarifFromAnotherCurrentDirectory_KeepsPathsRelativeToTheBaseDirectory()
    {
        var original = Environment.CurrentDirectory;
        var elsewhere = Directory.CreateTempSubdirectory("s3c-cwd-").FullName;
        try
        {
            Environment.CurrentDirectory = elsewhere;
            var sarif = ReportWriterRegistry.Default.Get("sarif").WriteToString(Context(Path.Combine(Samples, "extremadura.yaml"), AppContext.BaseDirectory));

            var artifact = JsonNode.Parse(sarif)!["runs"]![0]!["artifacts"]![0]!["location"]!;
            Assert.Equal("samples/strategies/extremadura.yaml", (string?)artifact["uri"]);
            Assert.Equal(ComplianceReportSarif.SourceRootBaseId, (string?)artifact["uriBaseId"]);
        }
        finally
        {
            Environment.CurrentDirectory = original;
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_DocumentFileDeleted_GivesTheSameBytes(string format)
    {
        var writer = ReportWriterRegistry.Default.Get(format);
        var directory = Directory.CreateTempSubdirectory("s3c-gone-").FullName;
        var file = Path.Combine(directory, "extremadura.yaml");
        File.Copy(Path.Combine(Samples, "extremadura.yaml"), file);
        var context = Context(file, directory);
        var before = Bytes(writer, context);

        Directory.Delete(directory, recursive: true);

        Assert.Equal(before, Bytes(writer, context));
    }

    [Fact]
    public void Write_SarifOfDeletedDocument_StillCoversTheWholeDocument()
    {
        var directory = Directory.CreateTempSubdirectory("s3c-gone-").FullName;
        var file = Path.Combine(directory, "extremadura.yaml");
        File.Copy(Path.Combine(Samples, "extremadura.yaml"), file);
        var context = Context(file, directory);
        Directory.Delete(directory, recursive: true);

        var sarif = JsonNode.Parse(ReportWriterRegistry.Default.Get("sarif").WriteToString(context))!;

        var pass = sarif["runs"]![0]!["results"]!.AsArray().First(r => (string?)r!["kind"] == "pass")!;
        var region = pass["locations"]![0]!["physicalLocation"]!["region"]!;
        Assert.Equal(1, (int)region["startLine"]!);
        Assert.Equal(context.Reports[0].Document!.LineCount, (int)region["endLine"]!);
        Assert.Equal(File.ReadAllLines(Path.Combine(Samples, "extremadura.yaml")).Length, (int)region["endLine"]!);
    }

    private static ReportWriterContext Context(string path, string baseDirectory)
    {
        var document = StrategyDocument.Load(path);
        var report = Evaluator(BuiltIn).Evaluate(document);
        return new ReportWriterContext(report, document, BuiltIn, new ReportWriterOptions { BaseDirectory = baseDirectory, IncludePassingResults = true });
    }

    private static byte[] Bytes(ReportWriter writer, ReportWriterContext context)
    {
        using var stream = new MemoryStream();
        writer.Write(context, stream);
        return stream.ToArray();
    }
}
