using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>
/// A JSON-RPC request id: an integer or a string. The two kinds never compare equal, so the number 1
/// and the string "1" name different requests, as the specification requires.
/// </summary>
[JsonConverter(typeof(RequestIdConverter))]
internal readonly record struct RequestId
{
    private readonly long? _number;
    private readonly string? _text;

    public RequestId(long number) => _number = number;

    public RequestId(string text) => _text = text;

    public override string ToString() =>
        _number is { } number ? number.ToString(CultureInfo.InvariantCulture) : $"\"{_text}\"";

    internal static bool TryRead(JsonElement element, out RequestId id)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetInt64(out var number):
                id = new RequestId(number);
                return true;
            case JsonValueKind.String:
                id = new RequestId(element.GetString()!);
                return true;
            default:
                id = default;
                return false;
        }
    }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        if (_number is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(_text);
        }
    }

    private sealed class RequestIdConverter : JsonConverter<RequestId>
    {
        public override RequestId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TryRead(JsonElement.ParseValue(ref reader), out var id)
                ? id
                : throw new JsonException("A request id must be an integer or a string.");

        public override void Write(Utf8JsonWriter writer, RequestId value, JsonSerializerOptions options) =>
            value.WriteTo(writer);
    }
}
