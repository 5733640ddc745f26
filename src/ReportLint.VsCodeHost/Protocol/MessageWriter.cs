using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Threading.Channels;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>
/// Writes frames from a single pump fed by a channel, so responses and notifications sent from any
/// thread never interleave and leave in the order they were queued.
/// </summary>
internal sealed class MessageWriter
{
    private readonly PipeWriter _output;
    private readonly ServerLog _log;
    private readonly Channel<byte[]> _queue = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _pump;

    public MessageWriter(PipeWriter output, ServerLog log)
    {
        _output = output;
        _log = log;
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>Queues one message body; after <see cref="CompleteAsync"/> bodies are dropped, as the client is gone.</summary>
    public void Enqueue(byte[] body) => _queue.Writer.TryWrite(body);

    /// <summary>Writes what is queued, then closes the output.</summary>
    public Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        return _pump;
    }

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var body in _queue.Reader.ReadAllAsync())
            {
                _output.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
                _output.Write(body);
                await _output.FlushAsync();
            }
        }
        catch (IOException e)
        {
            _queue.Writer.TryComplete();
            _log.Error($"Cannot write to the client: {e.Message}");
        }

        await _output.CompleteAsync();
    }
}
