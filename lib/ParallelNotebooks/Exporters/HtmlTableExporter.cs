using System.Net;
using System.Text;

namespace ParallelNotebooks;

/// <summary>
/// Renders tables as HTML tables: what a notebook shows for a <see cref="Table"/>, and what a screen reader can walk
/// cell by cell, with its title as the caption and column headers marked as such.
/// </summary>
public static class HtmlTableExporter
{
    /// <summary>The table as one HTML <c>table</c> element; every name and cell is HTML-encoded, numbers align right.</summary>
    public static string Render(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        string Align(int column) => table.Columns[column].IsNumber ? " style=\"text-align:right\"" : " style=\"text-align:left\"";
        var html = new StringBuilder("<table>\n");
        if (table.Title.Length > 0)
        {
            html.Append("<caption>").Append(WebUtility.HtmlEncode(table.Title)).Append("</caption>\n");
        }

        html.Append("<thead><tr>");
        for (var i = 0; i < table.Columns.Count; i++)
        {
            html.Append("<th scope=\"col\"").Append(Align(i)).Append('>').Append(WebUtility.HtmlEncode(table.Columns[i].Name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Append("<td").Append(Align(i)).Append('>').Append(WebUtility.HtmlEncode(row[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }
}
