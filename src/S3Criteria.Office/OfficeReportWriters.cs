using S3Criteria.Writers;

namespace S3Criteria.Office;

/// <summary>The report formats of this package (Word and Excel), and a registry of them beside the built-in ones.</summary>
/// <threadsafety static="true"/>
public static class OfficeReportWriters
{
    /// <summary>Gets the writers of this package: <c>self-assessment-docx</c> and <c>self-assessment-xlsx</c>.</summary>
    public static IReadOnlyList<ReportWriter> Writers { get; } = [new SelfAssessmentDocxWriter(), new SelfAssessmentXlsxWriter()];

    /// <summary>Gets a registry of the built-in formats (<see cref="ReportWriterRegistry.Default"/>) and those of this package.</summary>
    public static ReportWriterRegistry Registry { get; } = new([.. ReportWriterRegistry.Default.Writers, .. Writers]);
}
