using System.Text;

namespace ParallelNotebooks;

/// <summary>
/// The little CSV the kit's data files need: commas, and double quotes around fields that hold a comma, a quote or a
/// line break (which a quoted field may span).
/// </summary>
internal static class Csv
{
    /// <summary>The fields of one line that holds no line break inside a quoted field.</summary>
    public static IReadOnlyList<string> Split(string line) => ReadRecords(line).FirstOrDefault() ?? [""];

    /// <summary>Every record of a CSV text, a quoted field's line breaks kept; <c>\n</c> or <c>\r\n</c> ends a record.</summary>
    public static IEnumerable<IReadOnlyList<string>> ReadRecords(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                i += c == '\r' ? 1 : 0;
                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (fields.Count > 0 || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }

    public static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
