using System.Globalization;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>self-assessment</c> format: the self-assessment (<see cref="SelfAssessmentTable"/>) of one report in
/// Markdown: a heading, what was assessed, the mark of an incomplete table, the table (each cell escaped with
/// <see cref="MarkdownEscaping.TableCell"/>), then the improvements and the note on who decides.
/// </summary>
internal sealed class SelfAssessmentMarkdownWriter : ReportWriter
{
    public override string Format => "self-assessment";

    public override string FileExtension => "md";

    public override ReportWriterScope Scope => ReportWriterScope.Document;

    public override void Write(ReportWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var assessment = SelfAssessmentTable.Build(SingleReport(context), context.Labels);
        writer.WriteLine($"# {MarkdownEscaping.Inline(assessment.Phrases.Title)}");
        writer.WriteLine();
        foreach (var line in assessment.About)
        {
            writer.WriteLine($"- {MarkdownEscaping.Inline(line)}");
        }

        writer.WriteLine();
        if (assessment.Incomplete is { } incomplete)
        {
            writer.WriteLine($"**{MarkdownEscaping.Inline(incomplete)}**");
            writer.WriteLine();
        }

        var headers = assessment.Headers;
        writer.WriteLine($"| {string.Join(" | ", headers.Select(MarkdownEscaping.TableCell))} |");
        writer.WriteLine($"|{string.Concat(Enumerable.Repeat("---|", headers.Count))}");
        foreach (var row in assessment.Cells())
        {
            writer.WriteLine($"| {string.Join(" | ", row.Select(MarkdownEscaping.TableCell))} |");
        }

        writer.WriteLine();
        writer.WriteLine($"## {MarkdownEscaping.Inline(assessment.Phrases.ImprovementsHeading)}");
        writer.WriteLine();
        writer.WriteLine(MarkdownEscaping.Inline(assessment.Phrases.ImprovementsIntro));
        writer.WriteLine();
        if (assessment.Improvements.Count == 0)
        {
            writer.WriteLine(MarkdownEscaping.Inline(assessment.Phrases.NoImprovements));
        }

        foreach (var (criterion, text) in assessment.Improvements)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {MarkdownEscaping.Inline(criterion)}: {MarkdownEscaping.Inline(text)}"));
        }

        writer.WriteLine();
        writer.WriteLine($"*{MarkdownEscaping.Inline(assessment.Phrases.Disclaimer)}*");
    }
}
