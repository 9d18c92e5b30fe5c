namespace S3Criteria.Model;

/// <summary>The kind of a cooperation vehicle in the catalogue.</summary>
public enum VehicleKind
{
    /// <summary>A thematic smart specialisation partnership of an S3 thematic platform.</summary>
    ThematicPartnership,

    /// <summary>A pilot of the Vanguard Initiative.</summary>
    VanguardPilot,

    /// <summary>A strand of the Interregional Innovation Investments instrument (I3).</summary>
    I3Strand,

    /// <summary>Any other vehicle.</summary>
    Other,
}
