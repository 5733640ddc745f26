using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>
/// Serializes the JSON-RPC envelope by hand: a success response must carry <c>"result": null</c>,
/// which the payload options (that drop nulls) would omit.
/// </summary>
internal static class OutgoingMessage
{
    // Vietnamese text stays readable in traces and a third of the size of \uXXXX escapes;
    // HTML-safe escaping guards against nothing here.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Request<TParams>(RequestId id, string method, TParams parameters) =>
        Write(writer =>
        {
            WriteId(writer, id);
            writer.WriteString("method", method);
            writer.WritePropertyName("params");
            JsonSerializer.Serialize(writer, parameters, ProtocolJson.Options);
        });

    public static byte[] Notification<TParams>(string method, TParams parameters) =>
        Write(writer =>
        {
            writer.WriteString("method", method);
            writer.WritePropertyName("params");
            JsonSerializer.Serialize(writer, parameters, ProtocolJson.Options);
        });

    public static byte[] Result<TResult>(RequestId id, TResult result) =>
        Write(writer =>
        {
            WriteId(writer, id);
            writer.WritePropertyName("result");
            JsonSerializer.Serialize(writer, result, ProtocolJson.Options);
        });

    /// <param name="id">Null when the failing message's id could not be read; JSON-RPC then answers with id null.</param>
    public static byte[] Error(RequestId? id, ResponseError error) =>
        Write(writer =>
        {
            WriteId(writer, id);
            writer.WritePropertyName("error");
            JsonSerializer.Serialize(writer, error, ProtocolJson.Options);
        });

    private static void WriteId(Utf8JsonWriter writer, RequestId? id)
    {
        writer.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
