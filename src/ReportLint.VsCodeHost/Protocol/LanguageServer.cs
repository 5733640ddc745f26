using ReportLint.VsCodeHost.Protocol.Types;
using StreamJsonRpc;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>
/// The LSP lifecycle on top of a <see cref="JsonRpcConnection"/>: initialize, initialized, shutdown,
/// exit and $/setTrace, position encoding negotiation, and refusing what comes out of turn. Feature
/// handlers are registered on <see cref="Connection"/> by the host.
/// </summary>
internal sealed class LanguageServer
{
    private readonly ServerCapabilities _capabilities;
    private readonly ServerInfo _serverInfo;
    private readonly ServerLog _log;
    private readonly TaskCompletionSource _initialized = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Written only by lifecycle handlers, which finish synchronously on the read loop, so the state
    // is settled before the next message is admitted.
    private LifecycleState _state = LifecycleState.AwaitingInitialize;

    public LanguageServer(JsonRpcConnection connection, ServerLog log, ServerCapabilities capabilities, ServerInfo serverInfo)
    {
        Connection = connection;
        _log = log;
        _capabilities = capabilities;
        _serverInfo = serverInfo;

        connection.Admission = Admit;
        connection.OnRequest<InitializeParams, InitializeResult>(LspMethods.Initialize, (parameters, _) => Task.FromResult(Initialize(parameters)));
        connection.OnNotification(LspMethods.Initialized, _ =>
        {
            _initialized.TrySetResult();
            return Task.CompletedTask;
        });
        connection.OnRequest<object?>(LspMethods.Shutdown, _ =>
        {
            _state = LifecycleState.ShutDown;
            return Task.FromResult<object?>(null);
        });
        connection.OnNotification(LspMethods.Exit, _ =>
        {
            connection.Stop();
            return Task.CompletedTask;
        });
        connection.OnNotification<SetTraceParams>(LspMethods.SetTrace, (parameters, _) =>
        {
            log.Trace = parameters.Value;
            return Task.CompletedTask;
        });
    }

    private enum LifecycleState
    {
        AwaitingInitialize,
        Running,
        ShutDown,
    }

    public JsonRpcConnection Connection { get; }

    /// <summary>Agreed in <c>initialize</c>; UTF-16 until then and whenever the client does not offer UTF-8.</summary>
    public PositionEncoding PositionEncoding { get; private set; } = PositionEncoding.Utf16;

    /// <summary>What the client said about itself in <c>initialize</c>; null before it.</summary>
    public InitializeParams? Client { get; private set; }

    /// <summary>
    /// Runs inside <c>initialize</c>, before its answer and before any other message is admitted, so
    /// a host can configure itself from the client's parameters without racing the first document.
    /// </summary>
    public Action<InitializeParams>? Configure { get; set; }

    /// <summary>Completes on the <c>initialized</c> notification, the first moment the server may send requests such as <c>client/registerCapability</c>.</summary>
    public Task Initialized => _initialized.Task;

    /// <summary>Serves until <c>exit</c> or the end of input; returns the process exit code the spec asks for.</summary>
    public async Task<int> RunAsync()
    {
        await Connection.RunAsync();
        return _state == LifecycleState.ShutDown ? 0 : 1;
    }

    private InitializeResult Initialize(InitializeParams parameters)
    {
        Client = parameters;
        _state = LifecycleState.Running;
        _log.Trace = parameters.Trace ?? TraceValue.Off;
        _log.ForwardTo(Connection);

        var offersUtf8 = parameters.Capabilities.General?.PositionEncodings?.Contains(PositionEncodingKind.Utf8) == true;
        PositionEncoding = offersUtf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16;
        var encodingKind = offersUtf8 ? PositionEncodingKind.Utf8 : PositionEncodingKind.Utf16;

        Configure?.Invoke(parameters);
        _log.Info($"{_serverInfo.Name} {_serverInfo.Version} serving {parameters.ClientInfo?.Name ?? "an unnamed client"} with {encodingKind} positions.");
        var capabilities = _capabilities with { PositionEncoding = encodingKind };
        return new InitializeResult(capabilities) { ServerInfo = _serverInfo };
    }

    private LocalRpcException? Admit(string method) => (_state, method) switch
    {
        (_, LspMethods.Exit) => null,
        (LifecycleState.AwaitingInitialize, LspMethods.Initialize) => null,
        (LifecycleState.AwaitingInitialize, _) => ErrorCodes.Error(ErrorCodes.ServerNotInitialized, $"{method} arrived before initialize."),
        (LifecycleState.Running, LspMethods.Initialize) => ErrorCodes.Error(ErrorCodes.InvalidRequest, "initialize may only be sent once."),
        (LifecycleState.ShutDown, _) => ErrorCodes.Error(ErrorCodes.InvalidRequest, $"{method} arrived after shutdown."),
        _ => null,
    };
}
