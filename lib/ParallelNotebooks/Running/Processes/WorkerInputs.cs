using System.Security.Cryptography;
using System.Text.Json;

namespace ParallelNotebooks.Running.Processes;

/// <summary>
/// How a learner's worker learns its workload's inputs: the spec it is started with is <c>items</c> (the input of item
/// <c>i</c> is the number <c>i</c> as text) or <c>inputs:PATH</c>, where PATH holds the inputs as one JSON array of
/// strings. A file, not the command line, so that a thousand long lines fit, and JSON, so that an input may hold any
/// character, line breaks included.
/// </summary>
internal static class WorkerInputs
{
    public const string NumbersSpec = "items";
    private const string FilePrefix = "inputs:";

    /// <summary>
    /// Writes <paramref name="inputs"/> into <paramref name="folder"/>, under a name made of their hash (so the same inputs
    /// are written once, and a file in use is never rewritten), and returns the spec that names the file.
    /// </summary>
    public static string Write(IReadOnlyList<string> inputs, string folder)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var input in inputs)
            {
                json.WriteStringValue(input);
            }

            json.WriteEndArray();
        }

        var bytes = buffer.ToArray();
        var file = Path.Combine(folder, $"inputs-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}.json");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(folder);
            // Written beside and moved into place: a worker of another run never reads half a file.
            var part = file + "." + Guid.NewGuid().ToString("N") + ".part";
            File.WriteAllBytes(part, bytes);
            File.Move(part, file, overwrite: true);
        }

        return FilePrefix + file;
    }

    /// <summary>The inputs a spec names, or <see langword="null"/> for <see cref="NumbersSpec"/>.</summary>
    /// <exception cref="FormatException">The spec is neither, or its file holds something other than an array of strings.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<string>? Read(string spec)
    {
        if (spec == NumbersSpec)
        {
            return null;
        }

        if (!spec.StartsWith(FilePrefix, StringComparison.Ordinal))
        {
            throw new FormatException($"'{spec}' is neither '{NumbersSpec}' nor '{FilePrefix}PATH'.");
        }

        var path = spec[FilePrefix.Length..];
        var reader = new Utf8JsonReader(File.ReadAllBytes(path));
        var inputs = new List<string>();
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new FormatException($"{path} does not hold an array of inputs.");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                inputs.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new FormatException($"{path} holds a {reader.TokenType} among its inputs."));
            }
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path} is not a JSON array of inputs: {e.Message}", e);
        }

        return inputs;
    }
}
