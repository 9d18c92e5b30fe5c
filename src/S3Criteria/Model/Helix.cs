namespace S3Criteria.Model;

/// <summary>The quadruple-helix group an actor belongs to.</summary>
public enum Helix
{
    /// <summary>Firms and business organisations.</summary>
    Business,

    /// <summary>Universities, research and technology organisations.</summary>
    Research,

    /// <summary>Public authorities and agencies.</summary>
    PublicAdministration,

    /// <summary>Civil society organisations and citizens.</summary>
    CivilSociety,
}
