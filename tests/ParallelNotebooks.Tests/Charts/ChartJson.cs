using System.Text.Json;
using Plotly.NET;

namespace ParallelNotebooks.Tests.Charts;

/// <summary>Reads a chart's traces and layout back from the JSON that Plotly.NET would send to plotly.js.</summary>
internal static class ChartJson
{
    public static JsonElement[] Traces(GenericChart chart) =>
        [.. JsonDocument.Parse(GenericChart.toJson(chart)).RootElement.GetProperty("data").EnumerateArray()];

    public static JsonElement Layout(GenericChart chart) =>
        JsonDocument.Parse(GenericChart.toJson(chart)).RootElement.GetProperty("layout");

    public static string Title(GenericChart chart) => Layout(chart).GetProperty("title").GetProperty("text").GetString()!;

    /// <summary>The axis's type: <c>log</c>, or null where left to plotly.js (linear for numbers, categories for names).</summary>
    public static string? AxisType(GenericChart chart, string axis) =>
        Layout(chart).GetProperty(axis).TryGetProperty("type", out var type) ? type.GetString() : null;

    public static string AxisTitle(GenericChart chart, string axis) =>
        Layout(chart).GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    public static string? Name(this JsonElement trace) => trace.GetProperty("name").GetString();

    public static double[] Numbers(this JsonElement trace, string property) =>
        [.. trace.GetProperty(property).EnumerateArray().Select(e => e.GetDouble())];

    public static string[] Texts(this JsonElement trace, string property) =>
        [.. trace.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
}
