using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using S3Criteria.Writers;
using S3Criteria.Writers.Escaping;

namespace S3Criteria.Office.Writing;

/// <summary>
/// Lays out a <see cref="SelfAssessment"/> as a Word document with the OpenXML SDK: A4 landscape, the strategy title and
/// evaluation date in the page header, the document language set, headings as heading styles, the Annex V table as a
/// real table whose header row is marked as such and repeated on every page, then the improvements and the note on
/// who decides. Text goes through <see cref="XmlEscaping"/>'s cleaning of characters XML cannot hold.
/// </summary>
internal static class SelfAssessmentDocx
{
    // A4 landscape in twentieths of a point, margins of 2 cm.
    private const uint PageWidth = 16838;
    private const uint PageHeight = 11906;
    private const int Margin = 1134;

    // Column widths of the eight columns, summing to the text width (16838 - 2 x 1134 = 14570).
    private static readonly int[] Widths = [1500, 800, 1100, 1150, 2050, 1150, 2700, 4120];

    public static void Write(SelfAssessment assessment, string language, Stream stream)
    {
        using var memory = new MemoryStream();
        using (var package = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = Clean(assessment.StrategyTitle);
            package.PackageProperties.Subject = assessment.Phrases.Title;
            package.PackageProperties.Language = language;
            package.PackageProperties.Creator = "S3Criteria";
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(language);
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph(SelfAssessmentPhrases.Fill(assessment.Phrases.PageHeader, ("title", assessment.StrategyTitle), ("date", assessment.EvaluationDate)), "Header"));
            var body = new Body();
            body.AppendChild(Paragraph(assessment.Phrases.Title, "Heading1"));
            foreach (var line in assessment.About)
            {
                body.AppendChild(Paragraph(line));
            }

            if (assessment.Incomplete is { } incomplete)
            {
                body.AppendChild(Paragraph(incomplete, bold: true));
            }

            body.AppendChild(Table(assessment));
            body.AppendChild(Paragraph(assessment.Phrases.ImprovementsHeading, "Heading2"));
            body.AppendChild(Paragraph(assessment.Phrases.ImprovementsIntro));
            if (assessment.Improvements.Count == 0)
            {
                body.AppendChild(Paragraph(assessment.Phrases.NoImprovements));
            }

            foreach (var (criterion, text) in assessment.Improvements)
            {
                body.AppendChild(new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }),
                    Run(criterion + ": ", bold: true),
                    Run(text)));
            }

            body.AppendChild(Paragraph(assessment.Phrases.Disclaimer, italic: true));
            body.AppendChild(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = Margin, Right = (uint)Margin, Bottom = Margin, Left = (uint)Margin, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        memory.Position = 0;
        memory.CopyTo(stream);
    }

    private static Table Table(SelfAssessment assessment)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "SelfAssessmentTable" },
                new TableWidth { Width = Widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCaption { Val = assessment.Phrases.Title },
                new TableDescription { Val = Clean(assessment.StrategyTitle) }),
            new TableGrid(Widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.AppendChild(Row(assessment.Headers, header: true));
        foreach (var cells in assessment.Cells())
        {
            table.AppendChild(Row(cells, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        // The header row is marked (w:tblHeader), so Word repeats it on every page and screen readers announce it.
        row.AppendChild(header ? new TableRowProperties(new TableHeader(), new CantSplit()) : new TableRowProperties(new CantSplit { Val = OnOffOnlyValues.Off }));
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = new TableCell(new TableCellProperties(
                new TableCellWidth { Width = Widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                header ? new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9D9D9" } : new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "auto" }));
            foreach (var line in cells[i].Split('\n'))
            {
                cell.AppendChild(Paragraph(line, "TableText", bold: header));
            }

            row.AppendChild(cell);
        }

        return row;
    }

    private static Paragraph Paragraph(string text, string? style = null, bool bold = false, bool italic = false)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.AppendChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.AppendChild(Run(text, bold, italic));
        return paragraph;
    }

    private static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.AppendChild(new Bold());
            }

            if (italic)
            {
                properties.AppendChild(new Italic());
            }

            run.AppendChild(properties);
        }

        run.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static string Clean(string text) => XmlEscaping.Legal(text);

    private static Styles Styles(string language)
    {
        var fonts = new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" };
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    (RunFonts)fonts.CloneNode(true),
                    new FontSize { Val = "20" },
                    new FontSizeComplexScript { Val = "20" },
                    new Languages { Val = language, EastAsia = language, Bidi = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
            Style("Normal", "Normal", null, null, isDefault: true),
            Style("Heading1", "heading 1", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 0 }), new StyleRunProperties(new Bold(), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" })),
            Style("Heading2", "heading 2", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 1 }), new StyleRunProperties(new Bold(), new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" })),
            Style("Header", "header", new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }), new StyleRunProperties(new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" })),
            Style("TableText", "Table Text", new StyleParagraphProperties(new SpacingBetweenLines { After = "60", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new StyleRunProperties(new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" })),
            Style("ListParagraph", "List Paragraph", new StyleParagraphProperties(new Indentation { Left = "360", Hanging = "360" }), null),
            new Style(new StyleName { Val = "Table Grid" }, new UIPriority { Val = 59 }) { Type = StyleValues.Table, StyleId = "SelfAssessmentTable" });
    }

    private static Style Style(string id, string name, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.AppendChild(new BasedOn { Val = "Normal" });
            style.AppendChild(new PrimaryStyle());
        }

        if (paragraph is not null)
        {
            style.AppendChild(paragraph);
        }

        if (run is not null)
        {
            style.AppendChild(run);
        }

        return style;
    }
}
