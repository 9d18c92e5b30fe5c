using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using S3Criteria.Diagnostics;
using S3Criteria.Engine;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Rules;

namespace S3Criteria.Writers;

/// <summary>
/// Writes compliance reports as one SARIF 2.1.0 log, for code-scanning tools and SARIF viewers: the rules are
/// <c>reportingDescriptor</c>s with help text and references, every finding is a <c>fail</c> result located in the
/// strategy document by line and column (when the document came from a file), waived findings carry an external
/// suppression, rules that passed or did not apply are <c>pass</c> and <c>notApplicable</c> results, and rule errors are
/// tool execution notifications. The output is deterministic: the same reports, rule set and current directory always
/// give the same bytes.
/// </summary>
/// <remarks>
/// Document paths are written relative to the current directory with forward slashes, against the uri base
/// <c>%SRCROOT%</c>; a document outside the current directory is written as an absolute <c>file</c> URI. A result about
/// a subject is located at the subject's line and column; a result about the strategy as a whole (and a pass result)
/// covers the whole document, from line 1 to its last line, which is read from the file only while its SHA-256 still
/// equals the report's <see cref="Provenance.DocumentHash"/>. Messages are written as sentences, as SARIF asks: a final
/// period is added where a finding's message has none.
/// </remarks>
public static class ComplianceReportSarif
{
    /// <summary>The SARIF version written.</summary>
    public const string SarifVersion = "2.1.0";

    /// <summary>The URI of the SARIF 2.1.0 JSON schema, written as the log's <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The uri base that document locations are relative to: the directory the tool ran in.</summary>
    public const string SourceRootBaseId = "%SRCROOT%";

    private const string InformationUri = "https://github.com/s3criteria/s3criteria";
    private const string RuleErrorId = "S3C-RULE-ERROR";
    private const string FingerprintKey = "ruleSubjectHash/v1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Writes the reports to a stream as one UTF-8 SARIF log with a single run.</summary>
    /// <param name="reports">The reports, one per strategy document, in the order to list their results.</param>
    /// <param name="ruleSet">The rule set the reports were computed with: its enabled rules become the run's rules.</param>
    /// <param name="stream">The stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, <paramref name="ruleSet"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Writing to <paramref name="stream"/> failed (the stream's own error, passed on).</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="stream"/> is closed.</exception>
    public static void Write(IReadOnlyList<ComplianceReport> reports, RuleSet ruleSet, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, Options);
        new LogWriter(writer, reports, ruleSet).Write();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Returns the reports as SARIF text: one log with a single run.</summary>
    /// <param name="reports">The reports, one per strategy document, in the order to list their results.</param>
    /// <param name="ruleSet">The rule set the reports were computed with: its enabled rules become the run's rules.</param>
    /// <returns>The SARIF log, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public static string Serialize(IReadOnlyList<ComplianceReport> reports, RuleSet ruleSet)
    {
        using var stream = new MemoryStream();
        Write(reports, ruleSet, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Blocking => "error",
        Severity.Advisory => "warning",
        _ => "note",
    };

    /// <summary>
    /// A PascalCase identifier from a title, as SARIF asks of a rule's friendly name: ASCII letters and digits, each word
    /// capitalised and the rest lower case (<c>EDP</c> becomes <c>Edp</c>), and the article "a" left out so that no two
    /// capitals meet.
    /// </summary>
    private static string PascalName(string title, string id)
    {
        var name = Pascal(title);
        return name.Length > 0 && char.IsAsciiLetter(name[0]) ? name : "Rule" + Pascal(id);
    }

    private static string Pascal(string text)
    {
        var ascii = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                ascii.Append(char.IsAsciiLetterOrDigit(c) ? c : ' ');
            }
        }

        var result = new StringBuilder(text.Length);
        foreach (var word in ascii.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                result.Append(char.ToUpperInvariant(word[0])).Append(word[1..].ToLowerInvariant());
            }
        }

        return result.ToString();
    }

    /// <summary>SARIF asks for messages that are complete sentences: end the text with a period when it has no closing punctuation.</summary>
    private static string Sentence(string text)
    {
        text = text.Trim();
        return text.Length == 0 || text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', parts))));

    private static bool IsWebUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string ToolVersionOf(IReadOnlyList<ComplianceReport> reports) =>
        reports.Count > 0
            ? reports[0].Provenance.ToolVersion
            : typeof(ComplianceReportSarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Writes one log; holds the indexes that results refer to.</summary>
    private sealed class LogWriter
    {
        private readonly Utf8JsonWriter _w;
        private readonly IReadOnlyList<ComplianceReport> _reports;
        private readonly RuleSet _ruleSet;
        private readonly string _language;
        private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
        private readonly List<(string Uri, bool Relative, string Role, string? Hash, int? Lines)> _artifacts = [];
        private readonly Dictionary<string, int> _artifactIndex = new(StringComparer.Ordinal);

        public LogWriter(Utf8JsonWriter writer, IReadOnlyList<ComplianceReport> reports, RuleSet ruleSet)
        {
            _w = writer;
            _reports = reports;
            _ruleSet = ruleSet;
            _language = reports.Count > 0 ? reports[0].Provenance.Language : LocalizedText.DefaultLanguage;
            for (var i = 0; i < ruleSet.Rules.Count; i++)
            {
                _ruleIndex.TryAdd(ruleSet.Rules[i].Id, i);
            }

            // Every file a location names is listed once, documents first, before any result refers to it by index.
            foreach (var report in reports)
            {
                if (report.Provenance.DocumentPath is { } path)
                {
                    Artifact(path, "analysisTarget", report.Provenance.DocumentHash);
                }
            }

            foreach (var report in reports)
            {
                foreach (var finding in report.Findings)
                {
                    if (finding.Subject.Location?.FilePath is { } subjectFile)
                    {
                        Artifact(subjectFile, "analysisTarget", null);
                    }

                    if (finding.Waiver?.Source?.FilePath is { } waiverFile)
                    {
                        Artifact(waiverFile, "userSpecifiedConfiguration", null);
                    }
                }

                foreach (var error in report.Errors)
                {
                    if (error.Subject?.Location?.FilePath is { } errorFile)
                    {
                        Artifact(errorFile, "analysisTarget", null);
                    }
                }
            }
        }

        public void Write()
        {
            _w.WriteStartObject();
            _w.WriteString("$schema", SchemaUri);
            _w.WriteString("version", SarifVersion);
            _w.WriteStartArray("runs");
            _w.WriteStartObject();
            WriteTool();
            WriteInvocation();
            WriteArtifacts();
            _w.WriteStartArray("results");
            foreach (var report in _reports)
            {
                foreach (var finding in report.Findings)
                {
                    WriteFinding(report, finding);
                }

                foreach (var rule in report.Rules.Where(r => r.Outcome is RuleOutcome.Passed or RuleOutcome.NotApplicable))
                {
                    WriteOutcome(report, rule);
                }
            }

            _w.WriteEndArray();
            _w.WriteString("columnKind", "utf16CodeUnits");
            WriteRunProperties();
            _w.WriteEndObject();
            _w.WriteEndArray();
            _w.WriteEndObject();
        }

        private int Artifact(string path, string role, string? hash)
        {
            if (_artifactIndex.TryGetValue(path, out var index))
            {
                return index;
            }

            var full = Path.GetFullPath(path);
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
            var inside = !Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            var uri = inside
                ? string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString))
                : new Uri(full).AbsoluteUri;
            _artifacts.Add((uri, inside, role, hash, hash is null ? null : LineCount(path, hash)));
            _artifactIndex[path] = _artifacts.Count - 1;
            return _artifacts.Count - 1;
        }

        /// <summary>The number of lines of a document, when the file still holds exactly the text that was evaluated.</summary>
        private static int? LineCount(string path, string hash)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                return null;
            }

            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), hash, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var lines = text.Count(c => c == '\n') + 1;
            return text.EndsWith('\n') && lines > 1 ? lines - 1 : lines;
        }

        private void WriteTool()
        {
            var version = ToolVersionOf(_reports);
            _w.WriteStartObject("tool");
            _w.WriteStartObject("driver");
            _w.WriteString("name", "S3Criteria");
            _w.WriteString("fullName", "S3Criteria: compliance of smart specialisation strategies with enabling condition 1.1");
            _w.WriteString("version", version);
            _w.WriteString("semanticVersion", version);
            _w.WriteString("informationUri", InformationUri);
            _w.WriteStartArray("rules");
            foreach (var rule in _ruleSet.Rules)
            {
                WriteRule(rule);
            }

            _w.WriteEndArray();
            _w.WriteStartArray("notifications");
            _w.WriteStartObject();
            _w.WriteString("id", RuleErrorId);
            _w.WriteString("name", "RuleCouldNotBeEvaluated");
            Message("shortDescription", "A rule could not be evaluated for a subject; the rest of the report is unaffected.");
            _w.WriteStartObject("defaultConfiguration");
            _w.WriteString("level", "error");
            _w.WriteEndObject();
            _w.WriteEndObject();
            _w.WriteEndArray();
            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        private void WriteRule(RuleDescriptor rule)
        {
            var title = rule.Title.Get(_language);
            var recommendation = rule.Recommendation?.Get(_language);
            _w.WriteStartObject();
            _w.WriteString("id", rule.Id);
            _w.WriteString("name", PascalName(rule.Title.Get(), rule.Id));
            Message("shortDescription", Sentence(title));
            Message("fullDescription", Sentence(rule.Rationale?.Get(_language) ?? title));
            _w.WriteStartObject("help");
            _w.WriteString("text", HelpText(recommendation, rule.References));
            _w.WriteString("markdown", HelpMarkdown(recommendation, rule.References));
            _w.WriteEndObject();
            if (rule.References.FirstOrDefault(IsWebUri) is { } helpUri)
            {
                _w.WriteString("helpUri", helpUri);
            }

            _w.WriteStartObject("defaultConfiguration");
            _w.WriteString("level", Level(rule.Severity));
            _w.WriteEndObject();
            _w.WriteStartObject("properties");
            _w.WriteString("criterion", rule.CriterionId);
            _w.WriteString("severity", Naming.EnumName(rule.Severity));
            _w.WriteString("appliesTo", Naming.EnumName(rule.SubjectKind));
            Strings("references", rule.References);
            Strings("parameters", rule.Parameters);
            _w.WriteString("source", rule.Source.ToString());
            Strings("tags", ["smart-specialisation", rule.CriterionId]);
            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        private static string HelpText(string? recommendation, IReadOnlyList<string> references)
        {
            var text = new StringBuilder();
            text.Append(recommendation is null ? "No recommendation is given." : $"Recommendation: {recommendation.Trim()}");
            if (references.Count > 0)
            {
                text.Append("\n\nReferences:");
                foreach (var reference in references)
                {
                    text.Append("\n- ").Append(reference);
                }
            }

            return text.ToString();
        }

        private static string HelpMarkdown(string? recommendation, IReadOnlyList<string> references)
        {
            var text = new StringBuilder();
            text.Append(recommendation is null ? "No recommendation is given." : $"**Recommendation:** {EscapeMarkdown(recommendation.Trim())}");
            if (references.Count > 0)
            {
                text.Append("\n\n**References:**\n");
                foreach (var reference in references)
                {
                    text.Append("\n- ").Append(IsWebUri(reference) ? $"<{reference}>" : EscapeMarkdown(reference));
                }
            }

            return text.ToString();
        }

        private static string EscapeMarkdown(string text)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }

            return escaped.ToString();
        }

        private void WriteInvocation()
        {
            _w.WriteStartArray("invocations");
            _w.WriteStartObject();
            _w.WriteBoolean("executionSuccessful", true);
            _w.WriteStartArray("toolExecutionNotifications");
            foreach (var report in _reports)
            {
                foreach (var error in report.Errors)
                {
                    _w.WriteStartObject();
                    _w.WriteString("level", "error");
                    Message("message", Sentence(error.Message));
                    _w.WriteStartObject("descriptor");
                    _w.WriteString("id", RuleErrorId);
                    _w.WriteNumber("index", 0);
                    _w.WriteEndObject();
                    _w.WriteStartObject("associatedRule");
                    _w.WriteString("id", error.RuleId);
                    if (_ruleIndex.TryGetValue(error.RuleId, out var index))
                    {
                        _w.WriteNumber("index", index);
                    }

                    _w.WriteEndObject();
                    _w.WriteStartArray("locations");
                    WriteLocation(report, error.Subject);
                    _w.WriteEndArray();
                    _w.WriteEndObject();
                }
            }

            _w.WriteEndArray();
            _w.WriteEndObject();
            _w.WriteEndArray();
        }

        private void WriteArtifacts()
        {
            if (_artifacts.Count == 0)
            {
                return;
            }

            _w.WriteStartArray("artifacts");
            foreach (var (uri, relative, role, hash, _) in _artifacts)
            {
                _w.WriteStartObject();
                ArtifactLocation(uri, relative, null, "location");
                _w.WriteStartArray("roles");
                _w.WriteStringValue(role);
                _w.WriteEndArray();
                if (hash is not null)
                {
                    _w.WriteStartObject("hashes");
                    _w.WriteString("sha-256", hash);
                    _w.WriteEndObject();
                }

                _w.WriteEndObject();
            }

            _w.WriteEndArray();
        }

        private void WriteFinding(ComplianceReport report, Finding finding)
        {
            _w.WriteStartObject();
            RuleReference(finding.RuleId);
            _w.WriteString("kind", "fail");
            _w.WriteString("level", Level(finding.Severity));
            Message("message", Sentence(finding.Message));
            _w.WriteStartArray("locations");
            WriteLocation(report, finding.Subject);
            _w.WriteEndArray();
            _w.WriteStartObject("partialFingerprints");
            _w.WriteString(FingerprintKey, Hash(finding.RuleId, report.StrategyId, Naming.EnumName(finding.Subject.Kind), finding.Subject.Id));
            _w.WriteEndObject();
            if (finding.Waiver is { } waiver)
            {
                WriteSuppression(waiver, finding.IsWaived);
            }

            _w.WriteStartObject("properties");
            _w.WriteString("strategy", report.StrategyId);
            _w.WriteString("criterion", finding.CriterionId);
            _w.WriteString("status", Naming.EnumName(finding.Status));
            _w.WriteStartObject("subject");
            _w.WriteString("kind", Naming.EnumName(finding.Subject.Kind));
            _w.WriteString("id", finding.Subject.Id);
            _w.WriteString("name", finding.Subject.Name);
            _w.WriteEndObject();
            Evidence(finding.Evidence);
            if (finding.Recommendation is not null)
            {
                _w.WriteString("recommendation", finding.Recommendation);
            }

            Strings("missingData", finding.MissingData);
            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        private void WriteSuppression(Waivers.Waiver waiver, bool inForce)
        {
            var expires = waiver.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            _w.WriteStartArray("suppressions");
            _w.WriteStartObject();
            _w.WriteString("kind", "external");

            // A waiver that has expired no longer suppresses the finding: SARIF's "rejected" status says exactly that.
            _w.WriteString("status", inForce ? "accepted" : "rejected");
            _w.WriteString("justification", inForce ? waiver.Reason : $"{waiver.Reason} (waiver expired on {expires})");
            if (waiver.Source?.FilePath is { } file)
            {
                _w.WriteStartObject("location");
                _w.WriteStartObject("physicalLocation");
                var index = _artifactIndex[file];
                ArtifactLocation(_artifacts[index].Uri, _artifacts[index].Relative, index);
                Region(waiver.Source);
                _w.WriteEndObject();
                _w.WriteEndObject();
            }

            _w.WriteStartObject("properties");
            _w.WriteString("expires", expires);
            if (waiver.Owner is not null)
            {
                _w.WriteString("owner", waiver.Owner);
            }

            _w.WriteEndObject();
            _w.WriteEndObject();
            _w.WriteEndArray();
        }

        private void WriteOutcome(ComplianceReport report, RuleResult rule)
        {
            var passed = rule.Outcome == RuleOutcome.Passed;
            _w.WriteStartObject();
            RuleReference(rule.RuleId);
            _w.WriteString("kind", passed ? "pass" : "notApplicable");
            _w.WriteString("level", "none");
            var title = rule.Title.Trim().TrimEnd('.');
            Message("message", passed
                ? string.Create(CultureInfo.InvariantCulture, $"Passed: {title} ({rule.SubjectsChecked} subject(s) checked).")
                : $"Not applicable: {title}.");
            _w.WriteStartArray("locations");
            WriteLocation(report, null);
            _w.WriteEndArray();
            _w.WriteStartObject("partialFingerprints");
            _w.WriteString(FingerprintKey, Hash(rule.RuleId, report.StrategyId, "*", "*"));
            _w.WriteEndObject();
            _w.WriteStartObject("properties");
            _w.WriteString("strategy", report.StrategyId);
            _w.WriteString("criterion", rule.CriterionId);
            _w.WriteString("outcome", Naming.EnumName(rule.Outcome));
            _w.WriteNumber("subjectsChecked", rule.SubjectsChecked);
            Evidence(rule.Evidence);
            _w.WriteEndObject();
            _w.WriteEndObject();
        }

        /// <summary>A location in the strategy's document (when it came from a file) and in the strategy's structure.</summary>
        private void WriteLocation(ComplianceReport report, Subject? subject)
        {
            _w.WriteStartObject();
            var file = subject?.Location?.FilePath ?? report.Provenance.DocumentPath;
            if (file is not null)
            {
                var index = _artifactIndex[file];
                _w.WriteStartObject("physicalLocation");
                ArtifactLocation(_artifacts[index].Uri, _artifacts[index].Relative, index);
                if (subject?.Location is { } location)
                {
                    Region(location);
                }
                else if (_artifacts[index].Lines is { } lines)
                {
                    // About the strategy as a whole: the region is the whole document.
                    _w.WriteStartObject("region");
                    _w.WriteNumber("startLine", 1);
                    _w.WriteNumber("endLine", lines);
                    _w.WriteEndObject();
                }

                _w.WriteEndObject();
            }

            _w.WriteStartArray("logicalLocations");
            _w.WriteStartObject();
            _w.WriteString("name", subject?.Id ?? report.StrategyId);
            _w.WriteString("fullyQualifiedName", subject?.Path is { } path ? $"{report.StrategyId}.{path}" : report.StrategyId);
            _w.WriteString("kind", "object");
            _w.WriteEndObject();
            _w.WriteEndArray();
            _w.WriteEndObject();
        }

        private void ArtifactLocation(string uri, bool relative, int? index, string name = "artifactLocation")
        {
            _w.WriteStartObject(name);
            _w.WriteString("uri", uri);
            if (relative)
            {
                _w.WriteString("uriBaseId", SourceRootBaseId);
            }

            if (index is { } i)
            {
                _w.WriteNumber("index", i);
            }

            _w.WriteEndObject();
        }

        private void Region(SourceLocation location)
        {
            _w.WriteStartObject("region");
            _w.WriteNumber("startLine", location.Line);
            _w.WriteNumber("startColumn", location.Column);
            _w.WriteEndObject();
        }

        private void RuleReference(string ruleId)
        {
            _w.WriteString("ruleId", ruleId);
            if (_ruleIndex.TryGetValue(ruleId, out var index))
            {
                _w.WriteNumber("ruleIndex", index);
            }
        }

        private void WriteRunProperties()
        {
            _w.WriteStartObject("properties");
            _w.WriteStartObject("ruleSet");
            _w.WriteString("id", _ruleSet.Id);
            _w.WriteString("version", _ruleSet.Version);
            _w.WriteString("hash", _ruleSet.ContentHash);
            _w.WriteEndObject();
            _w.WriteStartArray("strategies");
            foreach (var report in _reports)
            {
                _w.WriteStartObject();
                _w.WriteString("id", report.StrategyId);
                _w.WriteString("title", report.StrategyTitle);
                _w.WriteString("region", report.RegionCode);
                _w.WriteString("verdict", Naming.EnumName(report.Verdict));
                _w.WriteString("evaluationDate", report.Provenance.EvaluationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                _w.WriteStartArray("criteria");
                foreach (var criterion in report.Criteria)
                {
                    _w.WriteStartObject();
                    _w.WriteString("id", criterion.CriterionId);
                    _w.WriteString("verdict", Naming.EnumName(criterion.Verdict));
                    _w.WriteEndObject();
                }

                _w.WriteEndArray();
                _w.WriteEndObject();
            }

            _w.WriteEndArray();
            _w.WriteEndObject();
        }

        private void Message(string name, string text)
        {
            _w.WriteStartObject(name);
            _w.WriteString("text", text);
            _w.WriteEndObject();
        }

        private void Evidence(IReadOnlyList<EvidenceItem> evidence)
        {
            _w.WriteStartArray("evidence");
            foreach (var item in evidence)
            {
                _w.WriteStartObject();
                _w.WriteString("name", item.Name);
                _w.WriteString("value", item.Value);
                _w.WriteEndObject();
            }

            _w.WriteEndArray();
        }

        private void Strings(string name, IReadOnlyList<string> values)
        {
            _w.WriteStartArray(name);
            foreach (var value in values)
            {
                _w.WriteStringValue(value);
            }

            _w.WriteEndArray();
        }
    }
}
