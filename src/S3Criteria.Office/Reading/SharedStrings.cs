using System.Text;
using System.Xml;

namespace S3Criteria.Office.Reading;

/// <summary>The shared string table of a workbook; strings over the value-length limit keep only their length.</summary>
internal sealed class SharedStrings
{
    private readonly List<(string? Text, int Length)> _strings = [];

    public static SharedStrings Empty { get; } = new();

    /// <summary>Gets the string at an index: its text (or <see langword="null"/> when it is too long) and its length.</summary>
    public (string? Text, int Length)? this[int index] => index >= 0 && index < _strings.Count ? _strings[index] : null;

    /// <summary>Reads the table.</summary>
    public static SharedStrings Read(XmlReader reader, int maxValueLength)
    {
        var table = new SharedStrings();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                var text = RichText(reader);
                table._strings.Add(text.Length > maxValueLength ? (null, text.Length) : (OoxmlText.Unescape(text), text.Length));
            }
        }

        return table;
    }

    /// <summary>Reads the text of an <c>si</c> or <c>is</c> element: its <c>t</c> elements, runs included, phonetic runs left out.</summary>
    public static string RichText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var depth = reader.Depth;
        var phonetic = false;
        var more = reader.Read();
        while (more && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh" && !reader.IsEmptyElement)
            {
                phonetic = true;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "rPh")
            {
                phonetic = false;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && !phonetic)
            {
                // Reads to the node after </t>, which the loop then looks at.
                text.Append(reader.ReadElementContentAsString());
                more = !reader.EOF;
                continue;
            }

            more = reader.Read();
        }

        return text.ToString();
    }
}
