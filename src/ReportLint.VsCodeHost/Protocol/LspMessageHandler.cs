using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using StreamJsonRpc.Reflection;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>
/// LSP framing (<c>Content-Length</c> headers) by StreamJsonRpc, made to outlive a bad message:
/// <see cref="JsonRpc"/> drops the connection on any frame it cannot read and on a response to no
/// request of its own, and a server whose connection drops is a dead server to the editor.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    /// <summary>
    /// The largest message read (docs/limits.md): a 4 MiB draft (the text limit) in JSON escapes and
    /// all. A client claiming more is not waited for, nor its bytes kept.
    /// </summary>
    internal const long MaxMessageBytes = 64L << 20;

    // A header longer than this is left to the framing to refuse.
    private const int MaxHeaderBytes = 4096;

    private static readonly byte[] HeaderStart = "Content-Length"u8.ToArray();

    private readonly ConcurrentDictionary<RequestId, bool> _awaitingResponse = new();

    // The client's requests read and not yet answered, by id.
    private readonly ConcurrentDictionary<RequestId, bool> _answering = new();

    // Answers written for a refused reused id, which must not end the pending request under that id.
    private readonly ConcurrentDictionary<JsonRpcMessage, bool> _refusals = new(ReferenceEqualityComparer.Instance);
    private readonly ReleasingReader _input;
    private readonly ServerLog _log;

    public LspMessageHandler(PipeWriter output, PipeReader input, IJsonRpcMessageFormatter formatter, ServerLog log)
        : this(output, new ReleasingReader(input), formatter, log)
    {
    }

    private LspMessageHandler(PipeWriter output, ReleasingReader input, IJsonRpcMessageFormatter formatter, ServerLog log)
        : base(output, input, formatter)
    {
        _input = input;
        _log = log;
    }

    /// <summary>
    /// Reads the next message the server can act on. A frame that cannot be read is answered with a
    /// ParseError (id null: its id cannot be trusted) and skipped; a response to nothing the server
    /// asked is logged and skipped.
    /// </summary>
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            JsonRpcMessage? message;
            try
            {
                if (await RefusedHeaderAsync(cancellationToken))
                {
                    continue;
                }

                message = await base.ReadCoreAsync(cancellationToken);
            }
            catch (Exception e) when (e is not (OperationCanceledException or IOException or ObjectDisposedException))
            {
                // A read the framing left unfinished failed in the header (a bad Content-Length, an
                // unknown charset), whose end cannot be trusted: reading it again would fail again,
                // so the next frame starts at the next Content-Length. Otherwise the body was
                // consumed by its Content-Length and the next frame is intact.
                var rewound = _input.ReleaseUnfinishedRead();
                await AnswerUnreadableAsync(e, cancellationToken);
                if (rewound || e is BadRpcHeaderException)
                {
                    await SkipToNextHeaderAsync(rewound, cancellationToken);
                }

                continue;
            }

            if (message is IJsonRpcMessageWithId { RequestId: var id } and not JsonRpcRequest && !_awaitingResponse.TryRemove(id, out _))
            {
                _log.Warning($"Response to unknown request {id}.");
                ((IJsonRpcMessageBufferManager)this).DeserializationComplete(message);
                continue;
            }

            if (message is JsonRpcRequest { Method: null } nameless)
            {
                // JsonRpc drops the whole connection on a request without a method name.
                await AnswerAsync(nameless.IsResponseExpected ? nameless.RequestId : RequestId.Null, ErrorCodes.InvalidRequest, "The message has no method name.", cancellationToken);
                ((IJsonRpcMessageBufferManager)this).DeserializationComplete(message);
                continue;
            }

            if (message is JsonRpcRequest { IsResponseExpected: true, RequestId: var requestId } && !_answering.TryAdd(requestId, true))
            {
                await RefuseReusedIdAsync(requestId, cancellationToken);
                ((IJsonRpcMessageBufferManager)this).DeserializationComplete(message);
                continue;
            }

            return message;
        }
    }

    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        if (content is JsonRpcRequest { IsResponseExpected: true } request)
        {
            _awaitingResponse.TryAdd(request.RequestId, true);
        }
        else if (content is JsonRpcResult or JsonRpcError && !_refusals.TryRemove(content, out _))
        {
            _answering.TryRemove(((IJsonRpcMessageWithId)content).RequestId, out _);
        }

        base.Write(content, cancellationToken);
    }

    /// <summary>
    /// JSON-RPC ids must be unique among a client's pending requests: a second request under an id
    /// still being answered is refused here, since JsonRpc would fail it as an internal error and
    /// the two answers could not be told apart anyway.
    /// </summary>
    private Task RefuseReusedIdAsync(RequestId id, CancellationToken cancellationToken) =>
        AnswerAsync(id, ErrorCodes.InvalidRequest, $"The id {id} is already in use by a request still being answered.", cancellationToken, endsPendingRequest: false);

    private Task AnswerUnreadableAsync(Exception e, CancellationToken cancellationToken) =>
        AnswerAsync(RequestId.Null, ErrorCodes.ParseError, e.Message, cancellationToken);

    /// <param name="endsPendingRequest">False for a refused reused id: the request pending under it is still to be answered.</param>
    private async Task AnswerAsync(RequestId id, int code, string message, CancellationToken cancellationToken, bool endsPendingRequest = true)
    {
        _log.Error($"Refused a message: {message}");
        var error = new JsonRpcError
        {
            RequestId = id,
            Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message },
        };
        if (!endsPendingRequest)
        {
            _refusals.TryAdd(error, true);
        }

        await WriteAsync(error, cancellationToken);
    }

    /// <summary>
    /// Looks at the next header before the framing reads it, and refuses (ParseError, then on to the
    /// next frame) what the framing would mishandle: bytes glued before Content-Length, which it
    /// would read as part of a header line and so lose the frame they precede; and a Content-Length
    /// over <see cref="MaxMessageBytes"/>, which it would wait for and buffer.
    /// </summary>
    private async Task<bool> RefusedHeaderAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await _input.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            var reader = new SequenceReader<byte>(buffer);
            if (!reader.TryReadTo(out ReadOnlySequence<byte> header, "\r\n\r\n"u8))
            {
                if (read.IsCompleted || buffer.Length > MaxHeaderBytes)
                {
                    _input.AdvanceTo(buffer.Start);
                    return false;
                }

                _input.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            var lines = new SequenceReader<byte>(header);
            if (lines.TryReadTo(out ReadOnlySequence<byte> before, HeaderStart, advancePastDelimiter: false)
                && before.Length > 0 && !before.Slice(before.Length - 1).FirstSpan.SequenceEqual("\n"u8))
            {
                _input.AdvanceTo(buffer.GetPosition(before.Length));
                await AnswerAsync(RequestId.Null, ErrorCodes.ParseError, $"{before.Length} bytes before a Content-Length header.", cancellationToken);
                return true;
            }

            if (ContentLength(header) is > MaxMessageBytes and var length)
            {
                _input.AdvanceTo(reader.Position);
                await AnswerAsync(RequestId.Null, ErrorCodes.ParseError, $"Content-Length {length} is over the limit of {MaxMessageBytes} bytes.", cancellationToken);
                await SkipToNextHeaderAsync(atFailedHeader: false, cancellationToken);
                return true;
            }

            _input.AdvanceTo(buffer.Start);
            return false;
        }
    }

    /// <summary>The value of the header's Content-Length line, when it is a number.</summary>
    private static long? ContentLength(ReadOnlySequence<byte> header)
    {
        foreach (var line in Encoding.ASCII.GetString(header).Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return length;
            }
        }

        return null;
    }

    /// <param name="atFailedHeader">
    /// The input was rewound to the start of the header that failed, which may itself start with
    /// Content-Length; otherwise the framing consumed that header, and the next frame may start right here.
    /// </param>
    private async Task SkipToNextHeaderAsync(bool atFailedHeader, CancellationToken cancellationToken)
    {
        var reader = _input;
        var pastFailedHeader = !atFailedHeader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (!pastFailedHeader && buffer.Length > 0)
            {
                buffer = buffer.Slice(1);
                pastFailedHeader = true;
            }

            var rest = new SequenceReader<byte>(buffer);
            if (rest.TryReadTo(out ReadOnlySequence<byte> _, HeaderStart, advancePastDelimiter: false))
            {
                reader.AdvanceTo(rest.Position);
                return;
            }

            if (read.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                return;
            }

            // Keep what may be the start of a Content-Length cut by the end of this read.
            var keep = Math.Min(buffer.Length, HeaderStart.Length - 1);
            reader.AdvanceTo(buffer.GetPosition(buffer.Length - keep), read.Buffer.End);
        }
    }

    /// <summary>
    /// The input as the framing reads it, remembering a read the framing did not advance past: it
    /// throws on a bad header line without releasing the read, and a pipe refuses to read again until
    /// the last read is released.
    /// </summary>
    private sealed class ReleasingReader(PipeReader inner) : PipeReader
    {
        private ReadOnlySequence<byte>? _unreleased;

        /// <summary>Releases the read the framing left unfinished, leaving its bytes unread; false when there was none.</summary>
        public bool ReleaseUnfinishedRead()
        {
            if (_unreleased is not { } buffer)
            {
                return false;
            }

            AdvanceTo(buffer.Start);
            return true;
        }

        public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(cancellationToken);
            _unreleased = read.Buffer;
            return read;
        }

        public override bool TryRead(out ReadResult result)
        {
            if (!inner.TryRead(out result))
            {
                return false;
            }

            _unreleased = result.Buffer;
            return true;
        }

        public override void AdvanceTo(SequencePosition consumed)
        {
            _unreleased = null;
            inner.AdvanceTo(consumed);
        }

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
        {
            _unreleased = null;
            inner.AdvanceTo(consumed, examined);
        }

        public override void CancelPendingRead() => inner.CancelPendingRead();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);
    }
}
