using System.Xml;

namespace S3Criteria.Office.Reading;

/// <summary>
/// What the workbook part says: its sheets (name and part, in order), whether dates count from 1904, and where the
/// shared strings are. Found through the package relationships, as any spreadsheet finds them.
/// </summary>
internal sealed class WorkbookIndex
{
    private const string RelationshipOfficeDocument = "/officeDocument";
    private const string RelationshipSharedStrings = "/sharedStrings";

    /// <summary>Gets the sheets, in the workbook's order: name and part (null when the relationship is missing).</summary>
    public List<(string Name, string? Part)> Sheets { get; } = [];

    /// <summary>Gets a value indicating whether serial dates count from 1904-01-01 (the Mac epoch) rather than 1900.</summary>
    public bool Date1904 { get; private set; }

    /// <summary>Gets the shared strings part, if there is one.</summary>
    public string? SharedStringsPart { get; private set; }

    /// <exception cref="InvalidDataException">A part is missing.</exception>
    /// <exception cref="XmlException">A part is not well-formed XML.</exception>
    public static WorkbookIndex Read(WorkbookPackage package)
    {
        var workbookPart = "xl/workbook.xml";
        if (package.Has("_rels/.rels"))
        {
            foreach (var (type, target) in Relationships(package, "_rels/.rels").Values)
            {
                if (type.EndsWith(RelationshipOfficeDocument, StringComparison.Ordinal))
                {
                    workbookPart = WorkbookPackage.Resolve(string.Empty, target);
                }
            }
        }

        var index = new WorkbookIndex();
        var relationships = package.Has(WorkbookPackage.RelationshipsOf(workbookPart)) ? Relationships(package, WorkbookPackage.RelationshipsOf(workbookPart)) : [];
        using (var reader = package.OpenXml(workbookPart))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "workbookPr")
                {
                    index.Date1904 = reader.GetAttribute("date1904") is "1" or "true";
                }
                else if (reader.LocalName == "sheet")
                {
                    var id = RelationshipId(reader);
                    var part = id is not null && relationships.TryGetValue(id, out var relationship) ? WorkbookPackage.Resolve(workbookPart, relationship.Target) : null;
                    index.Sheets.Add((reader.GetAttribute("name") ?? string.Empty, part));
                }
            }
        }

        foreach (var (type, target) in relationships.Values)
        {
            if (type.EndsWith(RelationshipSharedStrings, StringComparison.Ordinal))
            {
                index.SharedStringsPart = WorkbookPackage.Resolve(workbookPart, target);
            }
        }

        return index;
    }

    private static string? RelationshipId(XmlReader reader)
    {
        // r:id in the transitional and the strict namespaces alike.
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
            {
                var value = reader.Value;
                reader.MoveToElement();
                return value;
            }
        }

        reader.MoveToElement();
        return null;
    }

    private static Dictionary<string, (string Type, string Target)> Relationships(WorkbookPackage package, string part)
    {
        var relationships = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var reader = package.OpenXml(part);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
            {
                relationships.TryAdd(id, (reader.GetAttribute("Type") ?? string.Empty, target));
            }
        }

        return relationships;
    }
}
