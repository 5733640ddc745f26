using System.Diagnostics;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>
/// The server's end of the JSON-RPC connection, on StreamJsonRpc (framing, ids, <c>$/cancelRequest</c>,
/// requests to the client): maps method names to handlers, turns what they throw into error responses,
/// and sends messages to the client. Knows nothing of the LSP lifecycle beyond <see cref="Admission"/>.
/// </summary>
/// <remarks>
/// Handlers start one at a time in arrival order and run alone up to their first await, because text
/// synchronisation depends on it; the notification handlers never await, so each finishes before the
/// next message is handled. Requests then go on concurrently, so that <c>$/cancelRequest</c> (which
/// StreamJsonRpc turns into the handler's <see cref="CancellationToken"/>) can reach a long one.
/// </remarks>
internal sealed class JsonRpcConnection
{
    private readonly ServerJsonRpc _rpc;
    private readonly ServerLog _log;

    public JsonRpcConnection(PipeReader input, PipeWriter output, ServerLog log)
    {
        _log = log;
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = ProtocolJson.Options };
        _rpc = new ServerJsonRpc(new LspMessageHandler(output, input, formatter, log), log)
        {
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
    }

    /// <summary>
    /// Decides, in arrival order, whether a method may run now. A non-null error refuses it: a request
    /// is answered with that error, a notification is dropped.
    /// </summary>
    public Func<string, LocalRpcException?>? Admission { get; set; }

    /// <summary>Registers the handler of one request method. Register every handler before <see cref="RunAsync"/>.</summary>
    public void OnRequest<TParams, TResult>(string method, Func<TParams, CancellationToken, Task<TResult>> handler)
        where TParams : class =>
        Add(method, (TParams? parameters, CancellationToken cancellationToken) =>
            RunRequestAsync(method, token => handler(parameters ?? throw ErrorCodes.Error(ErrorCodes.InvalidParams, "The params are missing."), token), cancellationToken));

    /// <summary>Registers the handler of a request method that takes no params (<c>shutdown</c>).</summary>
    public void OnRequest<TResult>(string method, Func<CancellationToken, Task<TResult>> handler) =>
        Add(method, (CancellationToken cancellationToken) => RunRequestAsync(method, handler, cancellationToken));

    /// <summary>Registers the handler of one notification method. Register every handler before <see cref="RunAsync"/>.</summary>
    public void OnNotification<TParams>(string method, Func<TParams, CancellationToken, Task> handler)
        where TParams : class =>
        Add(method, (TParams? parameters, CancellationToken cancellationToken) =>
            RunNotificationAsync(method, token => parameters is null ? throw new JsonException("The params are missing.") : handler(parameters, token), cancellationToken));

    /// <summary>Registers the handler of a notification method that takes no params (<c>initialized</c>, <c>exit</c>).</summary>
    public void OnNotification(string method, Func<CancellationToken, Task> handler) =>
        Add(method, (CancellationToken cancellationToken) => RunNotificationAsync(method, handler, cancellationToken));

    /// <summary>Sends a notification to the client; safe from any thread, delivered in call order.</summary>
    public void SendNotification<TParams>(string method, TParams parameters) => _ = NotifyAsync(method, parameters);

    /// <summary>Sends a request to the client (for example <c>workspace/diagnostic/refresh</c>) and awaits its answer.</summary>
    /// <exception cref="RemoteInvocationException">The client answered with an error.</exception>
    /// <exception cref="ConnectionLostException">The client went away first.</exception>
    public Task<TResult> SendRequestAsync<TParams, TResult>(string method, TParams parameters, CancellationToken cancellationToken) =>
        _rpc.InvokeWithParameterObjectAsync<TResult>(method, parameters, cancellationToken);

    /// <summary>Ends <see cref="RunAsync"/>; used by <c>exit</c>.</summary>
    public void Stop() => _rpc.Dispose();

    /// <summary>Reads and dispatches until the input ends or <see cref="Stop"/>, then closes the output.</summary>
    /// <remarks>
    /// Ends on the disconnection, not on <see cref="JsonRpc.Completion"/>: that waits for the read of the
    /// next message, which on a console's standard input nothing can cancel.
    /// </remarks>
    public async Task RunAsync()
    {
        var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _rpc.Disconnected += (_, e) =>
        {
            if (e.Reason is not (DisconnectedReason.LocallyDisposed or DisconnectedReason.RemotePartyTerminated))
            {
                _log.Error($"The connection to the client failed: {e.Description}");
            }

            disconnected.TrySetResult();
        };
        _rpc.StartListening();
        await disconnected.Task;
    }

    private void Add(string method, Delegate handler) =>
        _rpc.AddLocalRpcMethod(handler.Method, handler.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

    private async Task<TResult> RunRequestAsync<TResult>(string method, Func<CancellationToken, Task<TResult>> handler, CancellationToken cancellationToken)
    {
        if (Admission?.Invoke(method) is { } refusal)
        {
            throw refusal;
        }

        var elapsed = Stopwatch.StartNew();
        try
        {
            return await handler(cancellationToken);
        }
        finally
        {
            _log.TraceEvent($"{method} answered in {elapsed.Elapsed.TotalMilliseconds:F1} ms");
        }
    }

    private async Task RunNotificationAsync(string method, Func<CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        if (Admission?.Invoke(method) is not null)
        {
            _log.TraceEvent($"Dropped {method}: not allowed in this state.");
            return;
        }

        try
        {
            await handler(cancellationToken);
        }
        catch (Exception e)
        {
            // A notification has no response to carry the error, and one failure must not stop the server.
            _log.Error($"{method} failed: {e}");
        }
    }

    private async Task NotifyAsync<TParams>(string method, TParams parameters)
    {
        try
        {
            await _rpc.NotifyWithParameterObjectAsync(method, parameters);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
            // The client is gone: nobody is left to tell.
        }
    }

    /// <summary>Chooses the error codes: the handler's own (<see cref="LocalRpcException"/>), InvalidParams, or InternalError.</summary>
    private sealed class ServerJsonRpc(IJsonRpcMessageHandler handler, ServerLog log) : JsonRpc(handler)
    {
        protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
        {
            var code = exception switch
            {
                LocalRpcException chosen => chosen.ErrorCode,
                JsonException or RpcArgumentDeserializationException => ErrorCodes.InvalidParams,
                _ => ErrorCodes.InternalError,
            };
            if (code == ErrorCodes.InternalError)
            {
                log.Error($"{request.Method} failed: {exception}");
            }

            return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = exception.Message };
        }
    }
}
