using System.Text.Json;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;
using StreamJsonRpc;

namespace ReportLint.VsCodeHost.Tests;

public sealed class DispatcherTests
{
    [Fact]
    public async Task UnknownRequestGetsMethodNotFound()
    {
        var server = await InProcessServer.StartInitializedAsync();

        var response = await server.Client.RequestAsync(1, "reportlint/nonexistent");

        Assert.Equal(ErrorCodes.MethodNotFound, InProcessServer.ErrorCode(response));
    }

    [Fact]
    public async Task UnknownNotificationsAreIgnored()
    {
        var server = await InProcessServer.StartInitializedAsync();

        await server.Client.NotifyAsync("reportlint/nonexistent", new { });
        await server.Client.NotifyAsync("$/progress", new { token = 1, value = new { } });

        // The next message is the answer to the next request: nothing was sent for the notifications.
        Assert.Equal(JsonValueKind.Null, (await server.Client.RequestAsync(2, LspMethods.Shutdown)).GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task MalformedJsonGetsParseErrorAndTheServerKeepsRunning()
    {
        var server = await InProcessServer.StartInitializedAsync();

        await server.Client.SendRawAsync(LspTestClient.Frame("""{"jsonrpc":"2.0","id":1,"method":"hỏng"""));

        Assert.Equal(ErrorCodes.ParseError, InProcessServer.ErrorCode(await server.Client.ReceiveResponseAsync(null)));
        await server.Client.RequestAsync(2, LspMethods.Shutdown);
    }

    [Fact]
    public async Task GarbageHeaderGetsParseErrorAndTheServerKeepsRunning()
    {
        var server = await InProcessServer.StartInitializedAsync();

        await server.Client.SendRawAsync("Xin chào\r\n\r\n"u8.ToArray());

        Assert.Equal(ErrorCodes.ParseError, InProcessServer.ErrorCode(await server.Client.ReceiveResponseAsync(null)));
        await server.Client.RequestAsync(2, LspMethods.Shutdown);
    }

    /// <summary>
    /// Traffic the LSP fuzzer found to hang or kill the server: a header re-read forever (unknown
    /// charset), the frame right after a consumed bad header or after glued garbage lost with it,
    /// 2 GB awaited, the connection dropped over a message without a method name.
    /// </summary>
    [Theory]
    [InlineData("Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=\"\"\r\n\r\n{}", ErrorCodes.ParseError)]
    [InlineData("Xin: chào\r\n\r\n", ErrorCodes.ParseError)]
    [InlineData("\"}}", ErrorCodes.ParseError)]
    [InlineData("Content-Length: 2147483647\r\n\r\n{", ErrorCodes.ParseError)]
    [InlineData("Content-Length: 31\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":null}", ErrorCodes.InvalidRequest)]
    public async Task BrokenTrafficIsAnsweredAndTheFrameRightAfterItIsRead(string broken, int code)
    {
        var server = await InProcessServer.StartInitializedAsync();

        await server.Client.SendRawAsync([.. System.Text.Encoding.UTF8.GetBytes(broken), .. LspTestClient.Frame("""{"jsonrpc":"2.0","id":2,"method":"shutdown"}""")]);

        Assert.Equal(code, InProcessServer.ErrorCode(await server.Client.ReceiveResponseAsync(null)));
        Assert.Equal(JsonValueKind.Null, (await server.Client.ReceiveResponseAsync(2)).GetProperty("result").ValueKind);
    }

    /// <summary>Found by the LSP fuzzer: the reused id failed as an internal error.</summary>
    [Fact]
    public async Task ARequestReusingAPendingIdIsRefusedAndThePendingOneIsAnswered()
    {
        var release = new TaskCompletionSource();
        var server = await InProcessServer.StartInitializedAsync(connection =>
            connection.OnRequest<object, string>("test/slow", async (_, _) =>
            {
                await release.Task;
                return "xong";
            }));

        await server.Client.SendAsync(new { jsonrpc = "2.0", id = 7, method = "test/slow", @params = new { } });
        await server.Client.SendAsync(new { jsonrpc = "2.0", id = 7, method = "test/slow", @params = new { } });
        var refusal = await server.Client.ReceiveResponseAsync(7);
        release.SetResult();
        var answer = await server.Client.ReceiveResponseAsync(7);

        Assert.Equal(ErrorCodes.InvalidRequest, InProcessServer.ErrorCode(refusal));
        Assert.Equal("xong", answer.GetProperty("result").GetString());
        var again = await server.Client.RequestAsync(7, "test/slow", new { });
        Assert.Equal("xong", again.GetProperty("result").GetString());
    }

    /// <summary>A message that cannot be read has no id to trust: the answer is a ParseError with id null.</summary>
    [Theory]
    [InlineData("""[1, 2]""")]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":42}""")]
    [InlineData("""{"jsonrpc":"2.0","id":{"n":1},"method":"shutdown"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":3}""")]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":"shutdown","params":"x"}""")]
    public async Task InvalidMessageGetsParseErrorAndTheServerKeepsRunning(string json)
    {
        var server = await InProcessServer.StartInitializedAsync();

        await server.Client.SendRawAsync(LspTestClient.Frame(json));

        Assert.Equal(ErrorCodes.ParseError, InProcessServer.ErrorCode(await server.Client.ReceiveResponseAsync(null)));
        await server.Client.RequestAsync(4, LspMethods.Shutdown);
    }

    [Fact]
    public async Task ResponseToNoRequestIsIgnored()
    {
        var server = await InProcessServer.StartInitializedAsync();

        await server.Client.SendAsync(new { jsonrpc = "2.0", id = 41, result = "không ai hỏi" });

        Assert.Equal(JsonValueKind.Null, (await server.Client.RequestAsync(2, LspMethods.Shutdown)).GetProperty("result").ValueKind);
        Assert.Contains("unknown request 41", server.Stderr);
    }

    [Fact]
    public async Task HandlerExceptionBecomesInternalError()
    {
        var server = await InProcessServer.StartInitializedAsync(connection =>
            connection.OnRequest<int>("test/fail", _ => throw new InvalidOperationException("hỏng rồi")));

        var response = await server.Client.RequestAsync(1, "test/fail");

        Assert.Equal(ErrorCodes.InternalError, InProcessServer.ErrorCode(response));
        Assert.Contains("hỏng rồi", server.Stderr);
    }

    [Fact]
    public async Task HandlerChoosesTheErrorCode()
    {
        var server = await InProcessServer.StartInitializedAsync(connection =>
            connection.OnRequest<int>("test/stale", _ => throw ErrorCodes.Error(ErrorCodes.ContentModified, "stale")));

        Assert.Equal(ErrorCodes.ContentModified, InProcessServer.ErrorCode(await server.Client.RequestAsync(1, "test/stale")));
    }

    [Fact]
    public async Task ParamsMissingARequiredMemberGetInvalidParams()
    {
        var server = await InProcessServer.StartInitializedAsync(connection =>
            connection.OnRequest<HoverParams, Hover?>(LspMethods.Hover, (_, _) => Task.FromResult<Hover?>(null)));

        var response = await server.Client.RequestAsync(1, LspMethods.Hover, new { textDocument = new { uri = "file:///a.md" } });

        Assert.Equal(ErrorCodes.InvalidParams, InProcessServer.ErrorCode(response));
    }

    [Fact]
    public async Task TypedParamsAndResultsRoundTripInCamelCase()
    {
        var server = await InProcessServer.StartInitializedAsync(connection =>
            connection.OnRequest<HoverParams, Hover?>(LspMethods.Hover, (parameters, _) => Task.FromResult<Hover?>(
                new Hover(new MarkupContent(MarkupKind.Markdown, $"dòng {parameters.Position.Line}")))));

        var response = await server.Client.RequestAsync(1, LspMethods.Hover, new
        {
            textDocument = new { uri = "file:///b%C3%A1o-c%C3%A1o.md" },
            position = new { line = 4, character = 2 },
        });

        var contents = response.GetProperty("result").GetProperty("contents");
        Assert.Equal("markdown", contents.GetProperty("kind").GetString());
        Assert.Equal("dòng 4", contents.GetProperty("value").GetString());
    }

    [Fact]
    public async Task CancelRequestCancelsTheHandlersToken()
    {
        var started = new TaskCompletionSource();
        var server = await InProcessServer.StartInitializedAsync(connection =>
            connection.OnRequest<int>("test/slow", async cancellationToken =>
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return 0;
            }));

        await server.Client.SendAsync(new { jsonrpc = "2.0", id = 7, method = "test/slow" });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await server.Client.NotifyAsync(LspMethods.CancelRequest, new { id = 7 });

        Assert.Equal(ErrorCodes.RequestCancelled, InProcessServer.ErrorCode(await server.Client.ReceiveResponseAsync(7)));
    }

    [Fact]
    public async Task ConcurrentNotificationsToTheClientNeverInterleave()
    {
        const int count = 200;
        var server = await InProcessServer.StartInitializedAsync();

        Parallel.For(0, count, i => server.Server.Connection.SendNotification(
            LspMethods.ShowMessage, new ShowMessageParams(MessageType.Info, $"Thông báo số {i}: tổng các phần không khớp")));

        var received = new HashSet<string>();
        while (received.Count < count)
        {
            var message = await server.Client.ReceiveMethodAsync(LspMethods.ShowMessage);
            Assert.True(received.Add(message.GetProperty("params").GetProperty("message").GetString()!));
        }
    }

    [Fact]
    public async Task VietnameseTextLeavesUnescaped()
    {
        const string message = "Tổng các phần không khớp: 21 + 44 ≠ 66";
        var server = await InProcessServer.StartInitializedAsync();

        server.Server.Connection.SendNotification(LspMethods.ShowMessage, new ShowMessageParams(MessageType.Info, message));

        string text;
        do
        {
            text = await server.Client.ReceiveTextAsync();
        }
        while (!text.Contains(LspMethods.ShowMessage, StringComparison.Ordinal));

        Assert.Contains($"\"{message}\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestToTheClientGetsItsAnswer()
    {
        var server = await InProcessServer.StartInitializedAsync();

        var answer = server.Server.Connection.SendRequestAsync<object, string>("test/ask", new { }, CancellationToken.None);
        var request = await server.Client.ReceiveMethodAsync("test/ask");
        await server.Client.SendAsync(new { jsonrpc = "2.0", id = request.GetProperty("id").GetInt64(), result = "có" });

        Assert.Equal("có", await answer.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task ErrorFromTheClientIsThrownToTheCaller()
    {
        var server = await InProcessServer.StartInitializedAsync();

        var answer = server.Server.Connection.SendRequestAsync<object, string>("test/ask", new { }, CancellationToken.None);
        var request = await server.Client.ReceiveMethodAsync("test/ask");
        await server.Client.SendAsync(new { jsonrpc = "2.0", id = request.GetProperty("id").GetInt64(), error = new { code = ErrorCodes.RequestFailed, message = "không" } });

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => answer.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(ErrorCodes.RequestFailed, error.ErrorCode);
    }
}
