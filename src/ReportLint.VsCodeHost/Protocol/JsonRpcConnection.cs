using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Text.Json;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>
/// JSON-RPC 2.0 over LSP framing: maps method names to handlers, answers what cannot be dispatched,
/// and sends messages to the client. Knows nothing of the LSP lifecycle beyond <see cref="Admission"/>.
/// </summary>
/// <remarks>
/// Notifications are handled one at a time in arrival order, because text synchronisation depends on
/// it. Requests run concurrently so that <c>$/cancelRequest</c> can reach a long one; a request handler
/// runs synchronously up to its first await, so it sees every notification that arrived before it.
/// </remarks>
internal sealed class JsonRpcConnection
{
    private static readonly JsonElement EmptyObject = JsonSerializer.Deserialize<JsonElement>("{}");

    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly ServerLog _log;
    private readonly Dictionary<string, Func<JsonElement?, RequestId, CancellationToken, Task<byte[]>>> _requestHandlers = [];
    private readonly Dictionary<string, Func<JsonElement?, CancellationToken, Task>> _notificationHandlers = [];
    private readonly ConcurrentDictionary<RequestId, CancellationTokenSource> _runningRequests = new();
    private readonly ConcurrentDictionary<RequestId, TaskCompletionSource<JsonElement?>> _pendingClientRequests = new();
    private readonly CancellationTokenSource _stopping = new();
    private long _lastClientRequestId;

    public JsonRpcConnection(PipeReader input, PipeWriter output, ServerLog log)
    {
        _reader = new MessageReader(input);
        _writer = new MessageWriter(output, log);
        _log = log;
        OnNotification<CancelParams>(LspMethods.CancelRequest, CancelRunningRequest);
    }

    /// <summary>
    /// Decides, before dispatch, whether a method may run now. A non-null error refuses it: a request
    /// is answered with that error, a notification is dropped.
    /// </summary>
    public Func<string, ResponseError?>? Admission { get; set; }

    /// <summary>Registers the handler of one request method. Register every handler before <see cref="RunAsync"/>.</summary>
    public void OnRequest<TParams, TResult>(string method, Func<TParams, CancellationToken, Task<TResult>> handler) =>
        _requestHandlers.Add(method, async (parameters, id, cancellationToken) =>
        {
            var result = await handler(ReadParams<TParams>(parameters), cancellationToken);
            return OutgoingMessage.Result(id, result);
        });

    /// <summary>Registers the handler of one notification method. Register every handler before <see cref="RunAsync"/>.</summary>
    public void OnNotification<TParams>(string method, Func<TParams, CancellationToken, Task> handler) =>
        _notificationHandlers.Add(method, (parameters, cancellationToken) => handler(ReadParams<TParams>(parameters), cancellationToken));

    /// <summary>Queues a notification to the client; safe from any thread, delivered in call order.</summary>
    public void SendNotification<TParams>(string method, TParams parameters) =>
        _writer.Enqueue(OutgoingMessage.Notification(method, parameters));

    /// <summary>Sends a request to the client (for example <c>client/registerCapability</c>) and awaits its answer.</summary>
    /// <exception cref="JsonRpcException">The client answered with an error.</exception>
    public async Task<TResult> SendRequestAsync<TParams, TResult>(string method, TParams parameters, CancellationToken cancellationToken)
    {
        var id = new RequestId(Interlocked.Increment(ref _lastClientRequestId));
        var response = new TaskCompletionSource<JsonElement?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingClientRequests[id] = response;
        _writer.Enqueue(OutgoingMessage.Request(id, method, parameters));

        await using var cancellation = cancellationToken.Register(() =>
        {
            if (_pendingClientRequests.TryRemove(id, out _))
            {
                SendNotification(LspMethods.CancelRequest, new CancelParams(id));
                response.TrySetCanceled(cancellationToken);
            }
        });

        var result = await response.Task;
        return result is { } element ? element.Deserialize<TResult>(ProtocolJson.Options)! : default!;
    }

    /// <summary>Ends <see cref="RunAsync"/> after the message being dispatched; used by <c>exit</c>.</summary>
    public void Stop() => _stopping.Cancel();

    /// <summary>Reads and dispatches until the input ends or <see cref="Stop"/>, then flushes and closes the output.</summary>
    public async Task RunAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            byte[]? body;
            try
            {
                body = await _reader.ReadAsync(_stopping.Token);
            }
            catch (InvalidMessageHeaderException e)
            {
                _log.Error(e.Message);
                _writer.Enqueue(OutgoingMessage.Error(null, new ResponseError(ErrorCodes.ParseError, e.Message)));
                continue;
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                break;
            }

            if (body is null)
            {
                break;
            }

            await DispatchAsync(IncomingMessage.Parse(body));
        }

        // Running requests are linked to this source, so this cancels them too.
        _stopping.Cancel();

        foreach (var pending in _pendingClientRequests.Values)
        {
            pending.TrySetCanceled();
        }

        await _writer.CompleteAsync();
    }

    private static TParams ReadParams<TParams>(JsonElement? parameters)
    {
        try
        {
            // Absent (or null) params read as an empty object, so a params type without required members
            // serves methods that take none, and one with required members reports what is missing.
            var element = parameters is { ValueKind: not JsonValueKind.Null } given ? given : EmptyObject;
            return element.Deserialize<TParams>(ProtocolJson.Options)
                ?? throw new JsonRpcException(ErrorCodes.InvalidParams, "The params are missing.");
        }
        catch (JsonException e)
        {
            throw new JsonRpcException(ErrorCodes.InvalidParams, $"Invalid params: {e.Message}");
        }
    }

    private Task DispatchAsync(IncomingMessage message)
    {
        switch (message)
        {
            case IncomingRequest request:
                StartRequest(request);
                return Task.CompletedTask;
            case IncomingNotification notification:
                return HandleNotificationAsync(notification);
            case IncomingResponse response:
                CompleteClientRequest(response);
                return Task.CompletedTask;
            case InvalidMessage invalid:
                _log.Error($"Invalid message: {invalid.Error.Message}");
                _writer.Enqueue(OutgoingMessage.Error(invalid.Id, invalid.Error));
                return Task.CompletedTask;
            default:
                throw new UnreachableException();
        }
    }

    private void StartRequest(IncomingRequest request)
    {
        if (Admission?.Invoke(request.Method) is { } refusal)
        {
            _writer.Enqueue(OutgoingMessage.Error(request.Id, refusal));
            return;
        }

        if (!_requestHandlers.TryGetValue(request.Method, out var handler))
        {
            _writer.Enqueue(OutgoingMessage.Error(request.Id, new ResponseError(ErrorCodes.MethodNotFound, $"Unhandled method {request.Method}")));
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        if (!_runningRequests.TryAdd(request.Id, cancellation))
        {
            cancellation.Dispose();
            _writer.Enqueue(OutgoingMessage.Error(request.Id, new ResponseError(ErrorCodes.InvalidRequest, $"Request {request.Id} is already running.")));
            return;
        }

        _ = RunRequestAsync(request, handler, cancellation);
    }

    private async Task RunRequestAsync(
        IncomingRequest request,
        Func<JsonElement?, RequestId, CancellationToken, Task<byte[]>> handler,
        CancellationTokenSource cancellation)
    {
        var elapsed = Stopwatch.StartNew();
        byte[] response;
        try
        {
            response = await handler(request.Params, request.Id, cancellation.Token);
        }
        catch (JsonRpcException e)
        {
            response = OutgoingMessage.Error(request.Id, e.Error);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            response = OutgoingMessage.Error(request.Id, new ResponseError(ErrorCodes.RequestCancelled, "The request was cancelled."));
        }
        catch (Exception e)
        {
            _log.Error($"{request.Method} failed: {e}");
            response = OutgoingMessage.Error(request.Id, new ResponseError(ErrorCodes.InternalError, e.Message));
        }
        finally
        {
            _runningRequests.TryRemove(request.Id, out _);
            cancellation.Dispose();
        }

        _writer.Enqueue(response);
        _log.TraceEvent($"{request.Method} {request.Id} answered in {elapsed.Elapsed.TotalMilliseconds:F1} ms");
    }

    private async Task HandleNotificationAsync(IncomingNotification notification)
    {
        if (Admission?.Invoke(notification.Method) is not null)
        {
            _log.TraceEvent($"Dropped {notification.Method}: not allowed in this state.");
            return;
        }

        if (!_notificationHandlers.TryGetValue(notification.Method, out var handler))
        {
            // '$/' notifications are optional by the spec; any other unknown one is worth a note.
            if (!notification.Method.StartsWith("$/", StringComparison.Ordinal))
            {
                _log.TraceEvent($"Ignored notification {notification.Method}: no handler.");
            }

            return;
        }

        try
        {
            await handler(notification.Params, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The server is exiting; an unfinished notification has nobody to tell.
        }
        catch (Exception e)
        {
            // A notification has no response to carry the error, and one failure must not stop the server.
            _log.Error($"{notification.Method} failed: {e}");
        }
    }

    private Task CancelRunningRequest(CancelParams parameters, CancellationToken cancellationToken)
    {
        try
        {
            if (_runningRequests.TryGetValue(parameters.Id, out var request))
            {
                request.Cancel();
            }
        }
        catch (ObjectDisposedException)
        {
            // The request finished between the lookup and the cancel: nothing left to cancel.
        }

        return Task.CompletedTask;
    }

    private void CompleteClientRequest(IncomingResponse response)
    {
        if (!_pendingClientRequests.TryRemove(response.Id, out var pending))
        {
            _log.Warning($"Response to unknown request {response.Id}.");
            return;
        }

        if (response.Error is { } error)
        {
            pending.TrySetException(new JsonRpcException(error));
        }
        else
        {
            pending.TrySetResult(response.Result);
        }
    }
}
