using System.Text.Json;
using S3Criteria.Diagnostics;
using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>
/// The files a SARIF log names, each listed once and referred to by index: the strategy documents first, then the
/// other files that locations name (documents of subjects, waiver files). Paths become URIs against the base
/// directory only: nothing here reads the file system or the current directory.
/// </summary>
internal sealed class SarifArtifacts
{
    private readonly string? _baseDirectory;
    private readonly List<SarifArtifact> _artifacts = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    private SarifArtifacts(string? baseDirectory)
    {
        _baseDirectory = baseDirectory;
    }

    /// <summary>Gets the artifacts, in index order.</summary>
    public IReadOnlyList<SarifArtifact> All => _artifacts;

    /// <summary>Gets the artifact at an index.</summary>
    public SarifArtifact this[int index] => _artifacts[index];

    /// <summary>Lists every file that the reports' locations name.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="loadFailures">The problems of documents that could not be loaded: their files are listed too.</param>
    /// <param name="baseDirectory">The fully qualified directory that relative URIs are relative to, if any.</param>
    /// <returns>The artifacts.</returns>
    public static SarifArtifacts Of(IReadOnlyList<ComplianceReport> reports, IReadOnlyList<Diagnostic> loadFailures, string? baseDirectory)
    {
        var artifacts = new SarifArtifacts(baseDirectory);

        // Every file a location names is listed once, documents first, before any result refers to it by index.
        foreach (var report in reports)
        {
            if (report.Provenance.DocumentPath is { } path)
            {
                artifacts.Add(path, "analysisTarget", report.Provenance.DocumentHash, report.Provenance.DocumentLineCount);
            }
        }

        foreach (var failure in loadFailures)
        {
            if (failure.Location?.FilePath is { } failed)
            {
                artifacts.Add(failed, "analysisTarget", null, null);
            }
        }

        foreach (var report in reports)
        {
            foreach (var finding in report.Findings)
            {
                if (finding.Subject.Location?.FilePath is { } subjectFile)
                {
                    artifacts.Add(subjectFile, "analysisTarget", null, null);
                }

                if (finding.Waiver?.Source?.FilePath is { } waiverFile)
                {
                    artifacts.Add(waiverFile, "userSpecifiedConfiguration", null, null);
                }
            }

            foreach (var error in report.Errors)
            {
                if (error.Subject?.Location?.FilePath is { } errorFile)
                {
                    artifacts.Add(errorFile, "analysisTarget", null, null);
                }
            }
        }

        return artifacts;
    }

    /// <summary>The index of a file that <see cref="Of"/> listed.</summary>
    public int IndexOf(string path) => _index[path];

    /// <summary>Writes the run's <c>artifacts</c>, if there are any.</summary>
    public void Write(Utf8JsonWriter w)
    {
        if (_artifacts.Count == 0)
        {
            return;
        }

        w.WriteStartArray("artifacts");
        foreach (var (uri, relative, role, hash, _) in _artifacts)
        {
            w.WriteStartObject();
            SarifLocations.ArtifactLocation(w, uri, relative, null, "location");
            w.WriteStartArray("roles");
            w.WriteStringValue(role);
            w.WriteEndArray();
            if (hash is not null)
            {
                w.WriteStartObject("hashes");
                w.WriteString("sha-256", hash);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void Add(string path, string role, string? hash, int? lines)
    {
        if (_index.ContainsKey(path))
        {
            return;
        }

        var (uri, relative) = ToUri(path);
        _artifacts.Add(new SarifArtifact(uri, relative, role, hash, hash is null ? null : lines));
        _index[path] = _artifacts.Count - 1;
    }

    /// <summary>
    /// A path as a URI: relative to the base directory (forward slashes) when the file is inside it, else an absolute
    /// <c>file</c> URI. Without a base directory a relative path stays relative as it is written.
    /// </summary>
    private (string Uri, bool Relative) ToUri(string path)
    {
        if (_baseDirectory is null)
        {
            return Path.IsPathFullyQualified(path) ? (new Uri(Path.GetFullPath(path)).AbsoluteUri, false) : (RelativeUri(path), true);
        }

        var full = Path.GetFullPath(path, _baseDirectory);
        var relative = Path.GetRelativePath(_baseDirectory, full);
        var inside = !Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside ? (RelativeUri(relative), true) : (new Uri(full).AbsoluteUri, false);
    }

    private static string RelativeUri(string relative) =>
        string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
}
