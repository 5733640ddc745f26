using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>How LSP payloads map to C# records.</summary>
internal static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // LSP marks optional members with '?': absent, not null, is the usual way to leave one out.
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A missing required member or a null where the record says non-null becomes InvalidParams
        // at the boundary instead of a NullReferenceException deep inside a handler.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new ReadableStringConverter() },
    };

    /// <summary>
    /// Writes strings with only what JSON requires escaped. StreamJsonRpc's formatter writes with the
    /// default encoder, which escapes every Vietnamese letter as \uXXXX: the diagnostics of a 400 KB
    /// draft grew from 388 KB to 453 KB (18,900 escapes) and became unreadable in a trace.
    /// </summary>
    private sealed class ReadableStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));

        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WritePropertyName(JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
    }
}
