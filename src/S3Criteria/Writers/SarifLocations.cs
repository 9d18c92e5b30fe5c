using System.Text.Json;
using S3Criteria.Diagnostics;
using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>Where a SARIF result points: the file and region (when the strategy came from a file) and the place in the strategy's structure.</summary>
internal static class SarifLocations
{
    /// <summary>
    /// A location in the strategy's document (when it came from a file) and in the strategy's structure: at
    /// <paramref name="at"/>, the node the result is about, or the whole document when there is none.
    /// </summary>
    public static void Write(SarifLog log, ComplianceReport report, Subject? subject, SourceLocation? at)
    {
        var w = log.W;
        w.WriteStartObject();
        var file = at?.FilePath ?? report.Provenance.DocumentPath;
        if (file is not null)
        {
            var index = log.Artifacts.IndexOf(file);
            w.WriteStartObject("physicalLocation");
            ArtifactLocation(w, log.Artifacts[index].Uri, log.Artifacts[index].Relative, index);
            // A workbook is not text: a cell has no line region; it is a logical location (below).
            if (at is { IsCell: false })
            {
                Region(w, at);
            }
            else if (at is null && log.Artifacts[index].Lines is { } lines)
            {
                // About the strategy as a whole: the region is the whole document.
                w.WriteStartObject("region");
                w.WriteNumber("startLine", 1);
                w.WriteNumber("endLine", lines);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        w.WriteString("name", subject?.Id ?? report.StrategyId);
        w.WriteString("fullyQualifiedName", subject?.Path is { } path ? $"{report.StrategyId}.{path}" : report.StrategyId);
        w.WriteString("kind", "object");
        w.WriteEndObject();
        if (at is { IsCell: true } cell)
        {
            // Where in the workbook: the sheet and cell, as a spreadsheet names them (Partnerships!C7).
            w.WriteStartObject();
            w.WriteString("name", cell.Cell);
            w.WriteString("fullyQualifiedName", $"{cell.Sheet}!{cell.Cell}");
            w.WriteString("kind", "element");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A location of a problem of a document that could not be loaded: the file, and its line and column when known.</summary>
    public static void WriteProblem(SarifLog log, Diagnostic problem)
    {
        var w = log.W;
        w.WriteStartObject();
        if (problem.Location?.FilePath is { } file)
        {
            var index = log.Artifacts.IndexOf(file);
            w.WriteStartObject("physicalLocation");
            ArtifactLocation(w, log.Artifacts[index].Uri, log.Artifacts[index].Relative, index);
            if (!problem.Location.IsCell)
            {
                Region(w, problem.Location);
            }
            w.WriteEndObject();
        }

        if (problem.Path is { Length: > 0 } path)
        {
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            w.WriteString("fullyQualifiedName", path);
            w.WriteString("kind", "object");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes an <c>artifactLocation</c> (or <paramref name="name"/>): the URI, its uri base when relative, and the artifact's index.</summary>
    public static void ArtifactLocation(Utf8JsonWriter w, string uri, bool relative, int? index, string name = "artifactLocation")
    {
        w.WriteStartObject(name);
        w.WriteString("uri", uri);
        if (relative)
        {
            w.WriteString("uriBaseId", ComplianceReportSarif.SourceRootBaseId);
        }

        if (index is { } i)
        {
            w.WriteNumber("index", i);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes a region that starts at a line and column.</summary>
    public static void Region(Utf8JsonWriter w, SourceLocation location)
    {
        w.WriteStartObject("region");
        w.WriteNumber("startLine", location.Line);
        w.WriteNumber("startColumn", location.Column);
        w.WriteEndObject();
    }
}
