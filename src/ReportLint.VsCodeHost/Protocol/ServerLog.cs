using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>
/// The server's log: always stderr, and <c>window/logMessage</c> once the client may receive it.
/// Never stdout, which carries the protocol.
/// </summary>
internal sealed class ServerLog(TextWriter stderr)
{
    private readonly TextWriter _stderr = TextWriter.Synchronized(stderr);
    private JsonRpcConnection? _client;

    /// <summary>Set by <c>initialize</c> and <c>$/setTrace</c>; anything but off sends <c>$/logTrace</c>.</summary>
    public string Trace { get; set; } = TraceValue.Off;

    public void Error(string message) => Write(MessageType.Error, message);

    public void Warning(string message) => Write(MessageType.Warning, message);

    public void Info(string message) => Write(MessageType.Info, message);

    public void Write(MessageType type, string message)
    {
        _stderr.WriteLine($"[{type}] {message}");
        _client?.SendNotification(LspMethods.LogMessage, new LogMessageParams(type, message));
    }

    /// <summary>
    /// Detail for the client's trace view, silent unless the user turned tracing on: VS Code shows the
    /// server's stderr in its output channel, so per-message lines there would bury the real log.
    /// </summary>
    public void TraceEvent(string message)
    {
        if (Trace == TraceValue.Off)
        {
            return;
        }

        _stderr.WriteLine($"[Trace] {message}");
        _client?.SendNotification(LspMethods.LogTrace, new LogTraceParams(message));
    }

    /// <summary>
    /// Called when <c>initialize</c> arrives: LSP forbids notifications before it, and allows
    /// <c>window/logMessage</c> from then on.
    /// </summary>
    internal void ForwardTo(JsonRpcConnection client) => _client = client;
}
