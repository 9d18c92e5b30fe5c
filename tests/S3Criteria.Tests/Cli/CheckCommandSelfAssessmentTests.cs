using System.IO.Compression;
using S3Criteria.Tests.Support;

namespace S3Criteria.Tests.Cli;

/// <summary><c>check --format self-assessment-docx|xlsx</c> and <c>--csv-separator</c>: binary formats only to a file, the separator validated.</summary>
public sealed class CheckCommandSelfAssessmentTests
{
    private const string Sample = "samples/strategies/extremadura.yaml";

    [Theory]
    [InlineData("self-assessment-docx", "word/document.xml")]
    [InlineData("self-assessment-xlsx", "xl/workbook.xml")]
    public void Check_BinaryFormatToAFile_WritesThePackage(string format, string part)
    {
        var directory = Directory.CreateTempSubdirectory("s3c-sa-").FullName;
        try
        {
            var path = Path.Combine(directory, "out.bin");

            var (code, output, error) = CliRunner.Run("check", Sample, "--date", "2026-11-25", "--fail-on", "none", "--format", $"{format}={path}");

            Assert.Equal(0, code);
            Assert.Empty(output);
            Assert.Contains($"Wrote 1 report to {path}.", error, StringComparison.Ordinal);
            using var zip = ZipFile.OpenRead(path);
            Assert.Contains(zip.Entries, e => e.FullName == part);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("self-assessment-docx")]
    [InlineData("self-assessment-xlsx")]
    public void Check_BinaryFormatWithoutAPath_IsAUsageError(string format)
    {
        var (code, output, error) = CliRunner.Run("check", Sample, "--date", "2026-11-25", "--format", format);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"error: --format {format} writes a binary file, not text for a terminal: give it a file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",", ',')]
    [InlineData(";", ';')]
    [InlineData("tab", '\t')]
    [InlineData("\\t", '\t')]
    public void Check_CsvSeparator_SeparatesTheCells(string value, char separator)
    {
        var (code, output, _) = CliRunner.Run("check", Sample, "--date", "2026-11-25", "--fail-on", "none", "--format", "self-assessment-csv", "--csv-separator", value);

        Assert.Equal(0, code);
        Assert.StartsWith($"\uFEFFEnabling condition{separator}Fund{separator}", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("|")]
    [InlineData(";;")]
    [InlineData("")]
    public void Check_CsvSeparatorNotOneOfTheThree_IsAUsageError(string value)
    {
        var (code, output, error) = CliRunner.Run("check", Sample, "--date", "2026-11-25", "--format", "self-assessment-csv", "--csv-separator", value);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"error: --csv-separator '{value}' is not one of ';', ',' or a tab", error, StringComparison.Ordinal);
    }
}
