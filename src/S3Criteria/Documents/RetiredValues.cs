using S3Criteria.Model;

namespace S3Criteria.Documents;

/// <summary>
/// Values that earlier versions of the document format accepted, with what to write instead: an old document gets a
/// located error that says what changed, never a silent reinterpretation.
/// </summary>
internal static class RetiredValues
{
    private static readonly Dictionary<(Type Type, string Value), string> Changes = new()
    {
        [(typeof(CooperationInstrument), "interreg-europe")] =
            "Interreg Europe is a programme of Interreg strand C since document format 2; write 'instrument: interreg-c' and 'programme: Interreg Europe'.",
        [(typeof(CooperationInstrument), "macro-regional-strategy")] =
            "a macro-regional strategy is a framework, not an instrument, since document format 2; write the instrument that funds the cooperation (for example interreg-b) and 'macro-regional-strategy: danube' (or baltic-sea, adriatic-ionian, alpine).",
    };

    /// <summary>Finds what to write instead of a retired value.</summary>
    /// <param name="type">The enumeration the value was read as.</param>
    /// <param name="value">The value as written.</param>
    /// <param name="change">What changed and what to write instead.</param>
    /// <returns>Whether the value is a retired one.</returns>
    public static bool TryGet(Type type, string value, out string change) => Changes.TryGetValue((type, value), out change!);
}
