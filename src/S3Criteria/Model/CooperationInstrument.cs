namespace S3Criteria.Model;

/// <summary>
/// The instrument through which a partnership with partners outside the Member State is pursued. The four Interreg
/// strands are one value each (Regulation (EU) 2021/1059, Article 3); the programme within a strand is
/// <see cref="Partnership.Programme"/>. A macro-regional strategy is a framework, not an instrument: it is
/// <see cref="Partnership.MacroRegionalStrategy"/>.
/// </summary>
public enum CooperationInstrument
{
    /// <summary>Interreg strand A: cross-border cooperation.</summary>
    InterregA,

    /// <summary>Interreg strand B: transnational cooperation.</summary>
    InterregB,

    /// <summary>Interreg strand C: interregional cooperation (Interreg Europe, URBACT, ESPON, INTERACT).</summary>
    InterregC,

    /// <summary>Interreg strand D: outermost regions' cooperation.</summary>
    InterregD,

    /// <summary>Interregional Innovation Investments (Regulation (EU) 2021/1058, Article 13).</summary>
    I3,

    /// <summary>A thematic smart specialisation partnership of an S3 thematic platform.</summary>
    S3ThematicPartnership,

    /// <summary>A pilot of the Vanguard Initiative.</summary>
    VanguardInitiative,

    /// <summary>A Horizon Europe project or partnership.</summary>
    HorizonEurope,

    /// <summary>A Knowledge and Innovation Community of the European Institute of Innovation and Technology.</summary>
    EitKic,

    /// <summary>A bilateral agreement between regions or countries.</summary>
    BilateralAgreement,

    /// <summary>Any other instrument.</summary>
    Other,
}
