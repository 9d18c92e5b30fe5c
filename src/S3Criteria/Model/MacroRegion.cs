namespace S3Criteria.Model;

/// <summary>The EU macro-regional strategies.</summary>
public enum MacroRegion
{
    /// <summary>EU Strategy for the Baltic Sea Region (EUSBSR).</summary>
    BalticSea,

    /// <summary>EU Strategy for the Danube Region (EUSDR).</summary>
    Danube,

    /// <summary>EU Strategy for the Adriatic and Ionian Region (EUSAIR).</summary>
    AdriaticIonian,

    /// <summary>EU Strategy for the Alpine Region (EUSALP).</summary>
    Alpine,
}
