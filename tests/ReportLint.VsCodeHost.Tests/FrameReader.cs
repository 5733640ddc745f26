using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;

namespace ReportLint.VsCodeHost.Tests;

/// <summary>Reads the server's Content-Length frames as a client does, so a test sees each message whole.</summary>
internal sealed class FrameReader(PipeReader input)
{
    private const string ContentLength = "Content-Length:";

    /// <summary>The next frame's body, or null once the server has closed its output.</summary>
    public async Task<byte[]?> ReadAsync()
    {
        while (true)
        {
            var read = await input.ReadAsync();
            var buffer = read.Buffer;
            if (TryReadFrame(ref buffer, out var body))
            {
                input.AdvanceTo(buffer.Start);
                return body;
            }

            if (read.IsCompleted)
            {
                input.AdvanceTo(buffer.End);
                return null;
            }

            input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, out byte[] body)
    {
        body = [];
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> header, "\r\n\r\n"u8))
        {
            return false;
        }

        var lengthLine = Encoding.ASCII.GetString(header).Split("\r\n").Single(line => line.StartsWith(ContentLength, StringComparison.Ordinal));
        var length = int.Parse(lengthLine[ContentLength.Length..], CultureInfo.InvariantCulture);
        if (reader.Remaining < length)
        {
            return false;
        }

        body = reader.UnreadSequence.Slice(0, length).ToArray();
        buffer = buffer.Slice(reader.Position).Slice(length);
        return true;
    }
}
