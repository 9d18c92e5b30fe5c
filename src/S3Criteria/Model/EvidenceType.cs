namespace S3Criteria.Model;

/// <summary>The kind of an <see cref="EvidenceDocument"/>.</summary>
public enum EvidenceType
{
    /// <summary>The strategy itself, or a chapter or annex of it.</summary>
    Strategy,

    /// <summary>A legal act: a law, a decree, a government or council decision.</summary>
    LegalAct,

    /// <summary>An analysis or study.</summary>
    Analysis,

    /// <summary>A monitoring report.</summary>
    MonitoringReport,

    /// <summary>An evaluation or an evaluation plan.</summary>
    Evaluation,

    /// <summary>The record of a meeting of the entrepreneurial discovery process.</summary>
    EdpMeeting,

    /// <summary>The record of a working group of the entrepreneurial discovery process.</summary>
    EdpWorkingGroup,

    /// <summary>The record of a consultation of stakeholders.</summary>
    EdpConsultation,

    /// <summary>A report of the entrepreneurial discovery process.</summary>
    EdpReport,

    /// <summary>An agreement, commitment letter, grant agreement or approved application.</summary>
    Agreement,

    /// <summary>Any other document.</summary>
    Other,
}
