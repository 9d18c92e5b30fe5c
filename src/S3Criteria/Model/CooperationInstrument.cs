namespace S3Criteria.Model;

/// <summary>The instrument or vehicle through which a partnership with partners outside the Member State is pursued.</summary>
public enum CooperationInstrument
{
    /// <summary>Interreg strand A: cross-border cooperation (Regulation (EU) 2021/1059).</summary>
    InterregA,

    /// <summary>Interreg strand B: transnational cooperation (Regulation (EU) 2021/1059).</summary>
    InterregB,

    /// <summary>Interreg Europe, the interregional cooperation programme of strand C (CCI 2021TC16RFIR001).</summary>
    InterregEurope,

    /// <summary>Other interregional cooperation programmes of Interreg strand C (URBACT, ESPON, INTERACT).</summary>
    InterregC,

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

    /// <summary>Cooperation under an EU macro-regional strategy (Baltic Sea, Danube, Adriatic-Ionian, Alpine).</summary>
    MacroRegionalStrategy,

    /// <summary>A bilateral agreement between regions or countries.</summary>
    BilateralAgreement,

    /// <summary>Any other instrument.</summary>
    Other,
}
