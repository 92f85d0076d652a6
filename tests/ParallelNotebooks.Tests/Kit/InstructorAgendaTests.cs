using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ParallelNotebooks.Tests.Kit;

/// <summary>
/// The instructor's agenda must add up: each row starts where the one before ends, its minutes are its clock time,
/// and a lesson gets the minutes the lesson itself states. A lesson whose stated time changes breaks this test
/// until the agenda follows.
/// </summary>
public sealed partial class InstructorAgendaTests
{
    private static readonly string AgendaPath = Path.Combine(Repository.Root, "instructors", "agenda.md");

    [Fact]
    public void Agenda_EveryTable_RowsFollowOnAndMinutesAreTheClockTime()
    {
        var tables = Tables();

        Assert.Equal(2, tables.Count);
        Assert.All(tables, table =>
        {
            for (var i = 0; i < table.Count; i++)
            {
                Assert.True(table[i].End - table[i].Start == TimeSpan.FromMinutes(table[i].Minutes), $"{table[i].What}: {table[i].Minutes} minutes from {table[i].Start} to {table[i].End}");
                Assert.True(i == 0 || table[i].Start == table[i - 1].End, $"{table[i].What} starts at {table[i].Start}, not where the row before ends");
            }
        });
    }

    [Fact]
    public void Agenda_LessonRows_MinutesAreTheLessonsStatedTime()
    {
        var lessonRows = Tables().SelectMany(t => t).Where(r => r.Notebook is not null).ToList();

        Assert.NotEmpty(lessonRows);
        Assert.All(lessonRows, row => Assert.True(StatedMinutes(row.Notebook!) == row.Minutes,
            $"{row.Notebook} states {StatedMinutes(row.Notebook!)} minutes; the agenda gives it {row.Minutes}"));
    }

    [Fact]
    public void Agenda_FullDay_RunsEveryLessonOnce()
    {
        var fullDay = Tables()[0].Where(r => r.Notebook is not null).Select(r => r.Notebook!).ToList();

        Assert.Equal(Directory.GetFiles(Repository.Notebooks, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal), fullDay);
    }

    private sealed record Row(TimeSpan Start, TimeSpan End, int Minutes, string What, string? Notebook);

    /// <summary>The agenda's tables of timed rows, in the order they appear.</summary>
    private static List<List<Row>> Tables()
    {
        var tables = new List<List<Row>>();
        List<Row>? current = null;
        foreach (var line in File.ReadLines(AgendaPath))
        {
            if (TimedRow().Match(line) is { Success: true } m)
            {
                current ??= [];
                var notebook = NotebookLink().Match(m.Groups["what"].Value);
                current.Add(new Row(Clock(m.Groups["start"].Value), Clock(m.Groups["end"].Value), int.Parse(m.Groups["minutes"].Value, CultureInfo.InvariantCulture),
                    m.Groups["what"].Value, notebook.Success ? notebook.Groups[1].Value : null));
            }
            else if (current is not null && !line.StartsWith('|'))
            {
                tables.Add(current);
                current = null;
            }
        }

        if (current is not null)
        {
            tables.Add(current);
        }

        return tables;
    }

    private static TimeSpan Clock(string text) => TimeSpan.ParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture);

    /// <summary>The minutes a lesson states in its first cell (<c>**Time:** 20 minutes</c>).</summary>
    private static int StatedMinutes(string notebook)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Notebooks, notebook)));
        var firstCell = string.Concat(json.RootElement.GetProperty("cells")[0].GetProperty("source").EnumerateArray().Select(l => l.GetString()));
        var stated = StatedTime().Match(firstCell);
        Assert.True(stated.Success, $"{notebook}'s first cell states no time (**Time:** N minutes)");
        return int.Parse(stated.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\| (?<start>\d\d:\d\d) \| (?<end>\d\d:\d\d) \| (?<minutes>\d+) \| (?<what>.*) \|$")]
    private static partial Regex TimedRow();

    [GeneratedRegex(@"\(\.\./notebooks/([^)]+\.ipynb)\)")]
    private static partial Regex NotebookLink();

    [GeneratedRegex(@"\*\*Time:\*\* (\d+) minutes")]
    private static partial Regex StatedTime();
}
