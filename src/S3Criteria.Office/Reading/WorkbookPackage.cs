using System.IO.Compression;
using System.Text;
using System.Xml;
using S3Criteria.Diagnostics;
using S3Criteria.Text;

namespace S3Criteria.Office.Reading;

/// <summary>
/// The ZIP package of an .xlsx workbook, opened for reading within the document limits: the entries' declared sizes are
/// checked before anything inflates, and every part is read through a <see cref="CountingStream"/> that stops at the
/// budget whatever the headers claim, with an <see cref="XmlReader"/> (no DTD, no external entities) in bounded memory.
/// </summary>
internal sealed class WorkbookPackage : IDisposable
{
    /// <summary>The most parts (ZIP entries) a workbook may hold.</summary>
    public const int MaxParts = 1000;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;

    private WorkbookPackage(ZipArchive archive, Dictionary<string, ZipArchiveEntry> entries, InflationBudget budget)
    {
        _archive = archive;
        _entries = entries;
        Budget = budget;
    }

    /// <summary>Gets the budget of inflated bytes the parts share.</summary>
    public InflationBudget Budget { get; }

    /// <summary>Opens a package; problems (not a ZIP, encrypted, too many or too large parts) become diagnostics.</summary>
    public static WorkbookPackage? Open(byte[] bytes, SourceLocation at, DocumentLimits limits, ICollection<Diagnostic> diagnostics)
    {
        if (bytes.AsSpan().StartsWith(OleSignature))
        {
            // An encrypted .xlsx is an OLE compound file holding an "EncryptedPackage" stream; an .xls is one too.
            var encrypted = bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;
            diagnostics.Add((encrypted ? Messages.WorkbookEncrypted : Messages.WorkbookLegacyXls).At(at));
            return null;
        }

        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            diagnostics.Add(Messages.WorkbookNotZip.At(at, ("reason", "it does not start with a ZIP header.")));
            return null;
        }

        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException exception)
        {
            diagnostics.Add(Messages.WorkbookNotZip.At(at, ("reason", exception.Message)));
            return null;
        }

        var budget = new InflationBudget(4L * limits.MaxDocumentLength);
        if (archive.Entries.Count > MaxParts)
        {
            diagnostics.Add(Messages.WorkbookTooManyParts.At(at, ("count", archive.Entries.Count), ("limit", MaxParts)));
            archive.Dispose();
            return null;
        }

        // What the headers declare is checked first, so an honest ZIP bomb is refused before anything inflates.
        if (archive.Entries.Sum(e => e.Length) > budget.Limit)
        {
            diagnostics.Add(Messages.WorkbookInflatesTooMuch.At(at, ("limit", budget.Limit)));
            archive.Dispose();
            return null;
        }

        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in archive.Entries)
        {
            entries.TryAdd(entry.FullName.TrimStart('/'), entry);
        }

        return new WorkbookPackage(archive, entries, budget);
    }

    /// <summary>Tells whether the package has a part.</summary>
    public bool Has(string part) => _entries.ContainsKey(part.TrimStart('/'));

    /// <summary>Opens a part's XML for reading, counted against the budget.</summary>
    /// <exception cref="InvalidDataException">The part is missing or its compressed data is broken.</exception>
    public XmlReader OpenXml(string part)
    {
        if (!_entries.TryGetValue(part.TrimStart('/'), out var entry))
        {
            throw new InvalidDataException($"the part /{part.TrimStart('/')} is missing.");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        return XmlReader.Create(new CountingStream(entry.Open(), Budget), settings);
    }

    /// <summary>Resolves a relationship's target against the folder of the part that names it.</summary>
    public static string Resolve(string sourcePart, string target)
    {
        if (target.StartsWith('/'))
        {
            return target.TrimStart('/');
        }

        var folder = sourcePart.Contains('/', StringComparison.Ordinal) ? sourcePart[..(sourcePart.LastIndexOf('/') + 1)] : string.Empty;
        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>The relationships part of a part: <c>xl/_rels/workbook.xml.rels</c> for <c>xl/workbook.xml</c>.</summary>
    public static string RelationshipsOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? $"_rels/{part}.rels" : $"{part[..slash]}/_rels/{part[(slash + 1)..]}.rels";
    }

    /// <inheritdoc/>
    public void Dispose() => _archive.Dispose();
}
