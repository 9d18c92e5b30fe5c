using System.Diagnostics.CodeAnalysis;
using S3Criteria.Diagnostics;
using S3Criteria.Model;

namespace S3Criteria.Documents;

/// <summary>
/// Values that are not values of an enumeration but that a writer can be expected to try, with what to write instead:
/// values that earlier versions of the document format accepted, and names of programmes written where their
/// instrument belongs. Such a value gets a located error that says what to write, never a silent reinterpretation.
/// </summary>
internal static class RetiredValues
{
    // The four programmes of Interreg strand C (Regulation (EU) 2021/1059, Article 3(3)), by the names they are
    // written with; "interreg-europe" was an instrument of its own until document format 2.
    private static readonly Dictionary<string, string> StrandCProgrammes = new(StringComparer.Ordinal)
    {
        ["interreg-europe"] = "Interreg Europe",
        ["urbact"] = "URBACT",
        ["espon"] = "ESPON",
        ["interact"] = "Interact",
    };

    /// <summary>Finds what to write instead of <paramref name="value"/>, read as a value of <paramref name="type"/>.</summary>
    /// <param name="type">The enumeration the value was read as.</param>
    /// <param name="value">The value as written.</param>
    /// <param name="message">The message that says what to write instead.</param>
    /// <param name="programme">The programme's name, for <see cref="Messages.StrandCProgramme"/>; otherwise empty.</param>
    /// <returns>Whether the value is one of them.</returns>
    public static bool TryGet(Type type, string value, [NotNullWhen(true)] out Message? message, out string programme)
    {
        programme = string.Empty;
        message = null;
        if (type != typeof(CooperationInstrument))
        {
            return false;
        }

        var key = NameSuggester.Fold(value.Trim());
        if (StrandCProgrammes.TryGetValue(key, out var name))
        {
            (message, programme) = (Messages.StrandCProgramme, name);
        }
        else if (key == "macro-regional-strategy")
        {
            message = Messages.RetiredMacroRegionalStrategy;
        }

        return message is not null;
    }
}
