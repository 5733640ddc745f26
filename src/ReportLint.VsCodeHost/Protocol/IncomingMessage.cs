using System.Text.Json;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>One JSON-RPC message received from the client, classified by its members.</summary>
internal abstract record IncomingMessage
{
    public static IncomingMessage Parse(ReadOnlyMemory<byte> body)
    {
        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(body.Span);
        }
        catch (JsonException e)
        {
            return new InvalidMessage(null, new ResponseError(ErrorCodes.ParseError, $"Invalid JSON: {e.Message}"));
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            // LSP never batches, so an array is as invalid as a bare value.
            return Invalid(null, "A message must be a JSON object.");
        }

        RequestId? id = null;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (!RequestId.TryRead(idElement, out var parsedId))
            {
                return Invalid(null, "The id must be an integer or a string.");
            }

            id = parsedId;
        }

        if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            return Invalid(id, "The jsonrpc member must be \"2.0\".");
        }

        if (root.TryGetProperty("method", out var methodElement))
        {
            if (methodElement.ValueKind != JsonValueKind.String)
            {
                return Invalid(id, "The method must be a string.");
            }

            JsonElement? parameters = root.TryGetProperty("params", out var p) ? p : null;
            if (parameters is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null) })
            {
                return Invalid(id, "The params must be an object or an array.");
            }

            var method = methodElement.GetString()!;
            return id is { } requestId
                ? new IncomingRequest(requestId, method, parameters)
                : new IncomingNotification(method, parameters);
        }

        if (id is { } responseId && root.TryGetProperty("error", out var error))
        {
            return new IncomingResponse(responseId, null, error.Deserialize<ResponseError>(ProtocolJson.Options));
        }

        if (id is { } resultId && root.TryGetProperty("result", out var result))
        {
            return new IncomingResponse(resultId, result, null);
        }

        return Invalid(id, "A message must have a method, a result or an error.");
    }

    private static InvalidMessage Invalid(RequestId? id, string reason) =>
        new(id, new ResponseError(ErrorCodes.InvalidRequest, reason));
}

internal sealed record IncomingRequest(RequestId Id, string Method, JsonElement? Params) : IncomingMessage;

internal sealed record IncomingNotification(string Method, JsonElement? Params) : IncomingMessage;

internal sealed record IncomingResponse(RequestId Id, JsonElement? Result, ResponseError? Error) : IncomingMessage;

/// <summary>A message that cannot be dispatched; <see cref="Id"/> is set when it could still be read.</summary>
internal sealed record InvalidMessage(RequestId? Id, ResponseError Error) : IncomingMessage;
