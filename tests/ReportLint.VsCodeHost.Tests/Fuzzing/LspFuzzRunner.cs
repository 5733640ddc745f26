using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests.Fuzzing;

/// <summary>
/// Sends one case's traffic to a fresh in-process server, then a well-formed probe (initialize,
/// initialized, didOpen, a diagnostics pull, shutdown, exit), and judges what came back.
/// </summary>
internal static class LspFuzzRunner
{
    public const string ProbeUri = "untitled:kiem-tra-cuoi.md";

    /// <summary>The problems seen, empty when the server held; a hang is reported as one.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(byte[] traffic, IReadOnlyList<int> chunks, IReadOnlySet<string> expectedIds, TimeSpan timeout)
    {
        var server = new InProcessServer(ReportLintHost.Capabilities, (languageServer, log) => ReportLintHost.Attach(languageServer, log));
        var session = new Session(server.Client, () => server.Stderr);
        var run = session.RunAsync(traffic, chunks, expectedIds, server.ExitCode);
        if (await Task.WhenAny(run, Task.Delay(timeout)) != run)
        {
            server.Server.Connection.Stop();
            var log = server.Stderr;
            return [$"hang: no end within {timeout.TotalSeconds} s; waiting for {session.Waiting}; the server's log ends: {log[Math.Max(0, log.Length - 1500)..]}"];
        }

        var problems = (await run).ToList();
        problems.AddRange(server.Stderr.Split('\n').Where(IsFault).Select(line => "fault logged: " + line));
        return problems;
    }

    // A handler that throws something other than a deliberate protocol error is a server bug, even
    // when the connection survives it: a wrong-typed field must be InvalidParams, not a NullReferenceException.
    private static bool IsFault(string line) =>
        line.StartsWith("[Error]", StringComparison.Ordinal) && line.Contains(" failed: System.", StringComparison.Ordinal)
        && !line.Contains("failed: System.Text.Json.JsonException", StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;

    private sealed class Session(LspTestClient client, Func<string> log)
    {
        private readonly Dictionary<string, List<JsonElement>> _responses = [];
        private readonly List<string> _problems = [];
        private readonly SemaphoreSlim _received = new(0);

        public string Waiting { get; private set; } = "the traffic to be read";

        public async Task<IReadOnlyList<string>> RunAsync(byte[] traffic, IReadOnlyList<int> chunks, IReadOnlySet<string> expectedIds, Task<int> exitCode)
        {
            var reading = Task.Run(ReadAllAsync);
            var start = 0;
            foreach (var end in chunks.Append(traffic.Length))
            {
                await client.SendRawAsync(traffic[start..end]);
                start = end;
            }

            await client.SendAsync(LspSession.Request("\"probe-initialize\"".AsId(), LspMethods.Initialize, new JsonObject { ["processId"] = null, ["capabilities"] = new JsonObject() }));
            await client.NotifyAsync(LspMethods.Initialized, new { });
            await client.NotifyAsync(LspMethods.DidOpen, new { textDocument = new { uri = ProbeUri, languageId = "markdown", version = 1, text = "Tổng các các chỉ tiêu.\n" } });
            await client.SendAsync(LspSession.Request("\"probe-diagnostic\"".AsId(), LspMethods.DocumentDiagnostic, new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = ProbeUri } }));
            await AwaitAsync([.. expectedIds, "\"probe-initialize\"", "\"probe-diagnostic\""], reading);
            await client.SendAsync(LspSession.Request("\"probe-shutdown\"".AsId(), LspMethods.Shutdown, null));
            await AwaitAsync(["\"probe-shutdown\""], reading);
            await client.NotifyAsync(LspMethods.Exit);
            await client.CloseAsync();
            Waiting = "the output to close";
            await reading;
            Waiting = "the exit code";
            var code = await exitCode;

            JudgeProbe(code);
            foreach (var id in expectedIds.Where(id => !_responses.ContainsKey(id)))
            {
                _problems.Add($"request {id} was never answered");
            }

            return _problems;
        }

        private void JudgeProbe(int code)
        {
            if (Single("\"probe-diagnostic\"") is { } pull)
            {
                var items = pull.TryGetProperty("result", out var result) && result.TryGetProperty("items", out var list) ? list.EnumerateArray().ToList() : null;
                if (items is null || !items.Any(item => item.TryGetProperty("code", out var rule) && rule.GetString() == "RL2001"))
                {
                    _problems.Add($"the final pull did not find the doubled word: {pull}");
                }
            }

            if (Single("\"probe-shutdown\"") is { } shutdown && !(shutdown.TryGetProperty("result", out var nothing) && nothing.ValueKind == JsonValueKind.Null))
            {
                _problems.Add($"shutdown was not answered with null: {shutdown}");
            }

            if (code != 0)
            {
                _problems.Add($"exit code {code} after shutdown and exit");
            }
        }

        private JsonElement? Single(string id)
        {
            if (!_responses.TryGetValue(id, out var answers))
            {
                _problems.Add($"no answer to {id}");
                return null;
            }

            if (answers.Count != 1)
            {
                _problems.Add($"{answers.Count} answers to {id}");
            }

            return answers[0];
        }

        private async Task AwaitAsync(IReadOnlyList<string> ids, Task reading)
        {
            while (true)
            {
                lock (_responses)
                {
                    var missing = ids.Where(id => !_responses.ContainsKey(id)).ToList();
                    if (missing.Count == 0)
                    {
                        return;
                    }

                    Waiting = "answers to " + string.Join(", ", missing);
                }

                if (reading.IsCompleted)
                {
                    await reading;
                    _problems.Add($"the server closed its output while {Waiting} were due; its log ends: {log()[^Math.Min(log().Length, 1500)..]}");
                    throw new InvalidOperationException(string.Join('\n', _problems));
                }

                await _received.WaitAsync(TimeSpan.FromMilliseconds(200));
            }
        }

        private async Task ReadAllAsync()
        {
            while (await client.TryReceiveAsync() is { } message)
            {
                Check(message);
                _received.Release();
            }
        }

        /// <summary>A response has an id and exactly one of result and error, an error a number code and a message.</summary>
        private void Check(JsonElement message)
        {
            if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("jsonrpc", out var version) || version.GetString() != "2.0")
            {
                _problems.Add($"not a JSON-RPC 2.0 message: {Shorten(message.ToString())}");
                return;
            }

            if (message.TryGetProperty("method", out _))
            {
                return;
            }

            var hasResult = message.TryGetProperty("result", out _);
            var hasError = message.TryGetProperty("error", out var error);
            if (!message.TryGetProperty("id", out var id) || hasResult == hasError
                || (hasError && (!error.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.Number || !error.TryGetProperty("message", out _))))
            {
                _problems.Add($"malformed response: {Shorten(message.ToString())}");
                return;
            }

            if (hasError && error.GetProperty("code").GetInt32() == ErrorCodes.InternalError)
            {
                _problems.Add($"internal error: {Shorten(message.ToString())}");
            }

            lock (_responses)
            {
                var key = id.GetRawText();
                if (!_responses.TryGetValue(key, out var answers))
                {
                    _responses[key] = answers = [];
                }

                answers.Add(message.Clone());
            }
        }
    }

    private static JsonNode AsId(this string json) => JsonNode.Parse(json)!;
}
