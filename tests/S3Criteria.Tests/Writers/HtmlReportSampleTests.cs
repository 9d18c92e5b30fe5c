using System.Xml.Linq;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Writers;

/// <summary>
/// samples/S3Criteria.Samples.HtmlReport shows an application writing a format without the command line. It is in the
/// solution, so the solution build (and CI's) compiles it against the library's public API.
/// </summary>
public sealed class HtmlReportSampleTests
{
    private const string Project = "samples/S3Criteria.Samples.HtmlReport/S3Criteria.Samples.HtmlReport.csproj";

    [Fact]
    public void Sample_IsInTheSolution()
    {
        var solution = File.ReadAllText(Repository.File("S3Criteria.sln"));

        Assert.Contains(Project.Replace('/', '\\'), solution, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_ReferencesOnlyTheLibrary()
    {
        var project = XDocument.Load(Repository.File(Project.Split('/')));

        var references = project.Descendants().Where(e => e.Name.LocalName is "ProjectReference" or "PackageReference").Select(e => (string?)e.Attribute("Include"));

        Assert.Equal(["../../src/S3Criteria/S3Criteria.csproj"], references);
    }

    [Fact]
    public void Sample_IsUnderSixtyLinesAndWritesThroughTheRegistry()
    {
        var program = File.ReadAllLines(Repository.File("samples", "S3Criteria.Samples.HtmlReport", "Program.cs"));

        Assert.InRange(program.Length, 1, 59);
        Assert.Contains(program, line => line.Contains("ReportWriterRegistry.Default.Get(\"html\")", StringComparison.Ordinal));
    }
}
