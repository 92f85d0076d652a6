using System.Text.Json;
using Plotly.NET;

namespace ParallelNotebooks.Tests.Charts;

/// <summary>Reads a chart's traces back from the JSON that Plotly.NET would send to plotly.js.</summary>
internal static class ChartJson
{
    public static JsonElement[] Traces(GenericChart chart) =>
        [.. JsonDocument.Parse(GenericChart.toJson(chart)).RootElement.GetProperty("data").EnumerateArray()];

    public static string Title(GenericChart chart) =>
        JsonDocument.Parse(GenericChart.toJson(chart)).RootElement.GetProperty("layout").GetProperty("title").GetProperty("text").GetString()!;

    public static string? Name(this JsonElement trace) => trace.GetProperty("name").GetString();

    public static double[] Numbers(this JsonElement trace, string property) =>
        [.. trace.GetProperty(property).EnumerateArray().Select(e => e.GetDouble())];

    public static string[] Texts(this JsonElement trace, string property) =>
        [.. trace.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
}
