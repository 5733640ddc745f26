using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>
/// Reads LSP base-protocol frames: ASCII header fields ending in CRLF CRLF, then exactly
/// Content-Length bytes of UTF-8 body.
/// </summary>
internal sealed class MessageReader(PipeReader input)
{
    // A header part is a few dozen bytes; anything longer without a terminator is garbage, and
    // waiting for a terminator that never comes would stall the server.
    private const int MaxHeaderBytes = 8 * 1024;

    private static ReadOnlySpan<byte> HeaderTerminator => "\r\n\r\n"u8;

    private static ReadOnlySpan<byte> ContentLengthField => "Content-Length:"u8;

    private bool _resynchronizing;

    /// <summary>
    /// Returns the next body, or null once the input ends. Throws <see cref="InvalidMessageHeaderException"/>
    /// for a malformed header; the next call skips the bad header part and then to the next
    /// <c>Content-Length</c> field, so one bad frame does not take every later message with it.
    /// </summary>
    public async ValueTask<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken);
            var buffer = result.Buffer;

            if (_resynchronizing)
            {
                _resynchronizing = !TrySkipToNextHeader(buffer, result.IsCompleted);
                if (result.IsCompleted && _resynchronizing)
                {
                    return null;
                }

                continue;
            }

            var frame = Frame.Parse(buffer);
            if (frame.Error is { } error)
            {
                // Past the bad header part when its end is known, so none of its own fields is taken
                // for the next frame; otherwise past one byte, to search from there.
                input.AdvanceTo(buffer.GetPosition(Math.Max(frame.HeaderLength, 1)));
                _resynchronizing = true;
                throw new InvalidMessageHeaderException(error);
            }

            if (frame.IsComplete)
            {
                var body = buffer.Slice(frame.HeaderLength, frame.ContentLength).ToArray();
                input.AdvanceTo(buffer.GetPosition(frame.HeaderLength + frame.ContentLength));
                return body;
            }

            input.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                // A truncated last frame cannot be answered: the client has gone.
                return null;
            }
        }
    }

    private bool TrySkipToNextHeader(ReadOnlySequence<byte> buffer, bool isCompleted)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (reader.TryReadTo(out ReadOnlySequence<byte> _, ContentLengthField, advancePastDelimiter: false))
        {
            input.AdvanceTo(reader.Position);
            return true;
        }

        // Keep a tail that may be the start of a field name split across reads.
        var kept = isCompleted ? 0 : Math.Min(buffer.Length, ContentLengthField.Length - 1);
        input.AdvanceTo(buffer.GetPosition(buffer.Length - kept), buffer.End);
        return false;
    }

    private readonly record struct Frame(long HeaderLength, int ContentLength, bool IsComplete, string? Error)
    {
        private static readonly Frame Incomplete = new(0, 0, false, null);

        public static Frame Parse(ReadOnlySequence<byte> buffer)
        {
            var reader = new SequenceReader<byte>(buffer);
            if (!reader.TryReadTo(out ReadOnlySequence<byte> header, HeaderTerminator))
            {
                return buffer.Length > MaxHeaderBytes ? Malformed(0, $"No end of header within {MaxHeaderBytes} bytes.") : Incomplete;
            }

            if (header.Length > MaxHeaderBytes)
            {
                // The terminator found this far on likely ends the next frame's header: do not skip to it.
                return Malformed(0, $"The header is longer than {MaxHeaderBytes} bytes.");
            }

            if (ReadContentLength(header) is not { } contentLength)
            {
                return Malformed(reader.Consumed, DescribeHeaderProblem(header));
            }

            var available = buffer.Length - reader.Consumed;
            return new Frame(reader.Consumed, contentLength, available >= contentLength, null);
        }

        private static Frame Malformed(long headerLength, string error) => new(headerLength, 0, false, error);

        /// <summary>The Content-Length of a well-formed header part, or null when it is malformed.</summary>
        private static int? ReadContentLength(ReadOnlySequence<byte> header)
        {
            if (!IsAscii(header))
            {
                return null;
            }

            int? contentLength = null;
            foreach (var field in Encoding.ASCII.GetString(header).Split("\r\n"))
            {
                var colon = field.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || field.AsSpan(0, colon).ContainsAny(" \t"))
                {
                    return null;
                }

                // Content-Type and any later field are accepted and ignored: the body is always UTF-8.
                if (!field.AsSpan(0, colon).Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (contentLength is not null
                    || !int.TryParse(field.AsSpan(colon + 1).Trim(" \t"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                {
                    return null;
                }

                contentLength = length;
            }

            return contentLength;
        }

        private static string DescribeHeaderProblem(ReadOnlySequence<byte> header)
        {
            var text = Encoding.ASCII.GetString(header);
            var excerpt = text.Length > 80 ? text[..80] + "…" : text;
            return $"Malformed header (expected one numeric Content-Length field): \"{excerpt.ReplaceLineEndings("\\r\\n")}\"";
        }

        private static bool IsAscii(ReadOnlySequence<byte> bytes)
        {
            foreach (var segment in bytes)
            {
                if (!Ascii.IsValid(segment.Span))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
