using System.Security.Cryptography;
using System.Text;
using S3Criteria.Engine;
using S3Criteria.Rules;

namespace S3Criteria.Writers;

/// <summary>The SARIF writer's fixed names and small texts: levels, sentences, fingerprints and web addresses.</summary>
internal static class SarifText
{
    /// <summary>The tool's home page, written as the driver's <c>informationUri</c>.</summary>
    public const string InformationUri = "https://github.com/s3criteria/s3criteria";

    /// <summary>The id of the notification descriptor of rule errors.</summary>
    public const string RuleErrorId = "S3C-RULE-ERROR";

    /// <summary>The id of the notification descriptor of documents that could not be loaded.</summary>
    public const string LoadErrorId = "S3C-LOAD-ERROR";

    /// <summary>The key of the partial fingerprint: a hash of rule, strategy and subject.</summary>
    public const string FingerprintKey = "ruleSubjectHash/v1";

    /// <summary>
    /// The run's <c>automationDetails.id</c>, <c>category/instance</c> as SARIF and GitHub code scanning read it: the
    /// category names the tool and rule set (so runs of the same rule set replace each other's alerts), the instance
    /// the evaluation date, so the same reports give the same id.
    /// </summary>
    public static string AutomationId(RuleSet ruleSet, IReadOnlyList<Reports.ComplianceReport> reports) =>
        reports.Count > 0
            ? $"s3criteria/{ruleSet.Id}/{reports[0].Provenance.EvaluationDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"
            : $"s3criteria/{ruleSet.Id}/";

    /// <summary>The SARIF level of a severity.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Blocking => "error",
        Severity.Advisory => "warning",
        _ => "note",
    };

    /// <summary>SARIF asks for messages that are complete sentences: end the text with a period when it has no closing punctuation.</summary>
    public static string Sentence(string text)
    {
        text = text.Trim();
        return text.Length == 0 || text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    /// <summary>The SHA-256, in lower-case hex, of the parts joined with NUL characters.</summary>
    public static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', parts))));

    /// <summary>Whether a text is an absolute <c>http</c> or <c>https</c> address.</summary>
    public static bool IsWebUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
