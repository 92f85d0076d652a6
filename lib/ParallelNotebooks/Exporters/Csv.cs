using System.Text;

namespace ParallelNotebooks;

/// <summary>
/// The little CSV the kit's data files need: commas, and double quotes around fields that hold a comma, a quote or a
/// line break (which a quoted field may span).
/// </summary>
internal static class Csv
{
    /// <summary>
    /// Every record of a CSV text, a quoted field's line breaks kept; <c>\n</c> or <c>\r\n</c> ends a record. A blank
    /// line is no record, while <c>""</c> alone on a line is a record of one empty field (as <see cref="Line"/> writes it).
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> ReadRecords(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var blank = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ends = !quoted && (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'));
            blank &= ends;
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
            else if (ends)
            {
                i += c == '\r' ? 1 : 0;
                if (!blank)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                }

                blank = true;
            }
            else
            {
                field.Append(c);
            }
        }

        if (!blank)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }

    /// <summary>
    /// One record's line, without its line end: the fields quoted where they need it, joined by commas. A record of one
    /// empty field is written <c>""</c>, so that it does not read back as a blank line.
    /// </summary>
    public static string Line(IEnumerable<string> fields)
    {
        var line = string.Join(',', fields.Select(Quote));
        return line.Length == 0 ? "\"\"" : line;
    }

    /// <summary>The field, in double quotes (its quotes doubled) where it holds a comma, a quote or a line break.</summary>
    public static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
