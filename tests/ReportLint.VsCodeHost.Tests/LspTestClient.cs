using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests;

/// <summary>The client end of a connection: frames what it sends, and reads what the server writes.</summary>
internal sealed class LspTestClient(PipeReader fromServer, PipeWriter toServer)
{
    // Long enough for a loaded CI machine, short enough that a hang fails the test instead of the run.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FrameReader _reader = new(fromServer);

    /// <summary>Notifications the server sent while a test waited for a response.</summary>
    public List<JsonElement> Notifications { get; } = [];

    /// <summary>A frame whose Content-Length counts the UTF-8 bytes of <paramref name="json"/>.</summary>
    public static byte[] Frame(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];
    }

    public static string Serialize(object message) => JsonSerializer.Serialize(message, Json);

    public async Task SendRawAsync(byte[] bytes) => await toServer.WriteAsync(bytes);

    public Task SendAsync(object message) => SendRawAsync(Frame(Serialize(message)));

    public Task NotifyAsync(string method, object? parameters = null) =>
        SendAsync(new { jsonrpc = "2.0", method, @params = parameters });

    public async Task<JsonElement> RequestAsync(int id, string method, object? parameters = null)
    {
        await SendAsync(new { jsonrpc = "2.0", id, method, @params = parameters });
        return await ReceiveResponseAsync(id);
    }

    public Task<JsonElement> InitializeAsync(object? capabilities = null) =>
        RequestAsync(0, LspMethods.Initialize, new { processId = (int?)null, capabilities = capabilities ?? new { } });

    /// <summary>The next message of any kind; fails the test when none comes.</summary>
    public async Task<JsonElement> ReceiveAsync() =>
        await TryReceiveAsync() ?? throw new InvalidOperationException("The server closed its output.");

    /// <summary>The next message as the server wrote it; fails the test when none comes.</summary>
    public async Task<string> ReceiveTextAsync() =>
        Encoding.UTF8.GetString(await _reader.ReadAsync().WaitAsync(Patience) ?? throw new InvalidOperationException("The server closed its output."));

    /// <summary>The next message, or null once the server has closed its output.</summary>
    public async Task<JsonElement?> TryReceiveAsync()
    {
        var body = await _reader.ReadAsync().WaitAsync(Patience);
        return body is null ? null : JsonSerializer.Deserialize<JsonElement>(body);
    }

    /// <summary>Skips notifications (keeping them in <see cref="Notifications"/>) up to the response with this id, or with id null.</summary>
    public async Task<JsonElement> ReceiveResponseAsync(int? id)
    {
        while (true)
        {
            var message = await ReceiveAsync();
            if (!message.TryGetProperty("id", out var messageId) || message.TryGetProperty("method", out _))
            {
                Notifications.Add(message);
                continue;
            }

            var matches = id is { } expected
                ? messageId.ValueKind == JsonValueKind.Number && messageId.GetInt32() == expected
                : messageId.ValueKind == JsonValueKind.Null;
            Assert.True(matches, $"Expected the response to {id?.ToString() ?? "null"}, got {message}");
            return message;
        }
    }

    public async Task<JsonElement> ReceiveMethodAsync(string method)
    {
        while (true)
        {
            var message = await ReceiveAsync();
            if (message.TryGetProperty("method", out var name) && name.GetString() == method)
            {
                return message;
            }
        }
    }

    public Task CloseAsync() => toServer.CompleteAsync().AsTask();
}
