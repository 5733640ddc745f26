using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests;

public sealed class FramingTests
{
    private const string VietnameseBody = """{"jsonrpc":"2.0","method":"note","params":{"text":"Doanh thu quý I tăng 117,3% so với cùng kỳ"}}""";

    private readonly Pipe _pipe = new();
    private readonly MessageReader _reader;

    public FramingTests() => _reader = new MessageReader(_pipe.Reader);

    [Fact]
    public async Task ContentLengthCountsUtf8BytesNotCharacters()
    {
        var frame = LspTestClient.Frame(VietnameseBody);
        Assert.NotEqual(VietnameseBody.Length, Encoding.UTF8.GetByteCount(VietnameseBody));

        await _pipe.Writer.WriteAsync(frame);

        Assert.Equal(VietnameseBody, await ReadTextAsync());
    }

    [Fact]
    public async Task FrameSplitAcrossManyReadsIsReassembled()
    {
        var frame = LspTestClient.Frame(VietnameseBody);
        var reading = ReadTextAsync();

        // Three-byte chunks split the header, the terminator and multi-byte letters alike.
        foreach (var chunk in frame.Chunk(3))
        {
            await _pipe.Writer.WriteAsync(chunk);
        }

        Assert.Equal(VietnameseBody, await reading);
    }

    [Fact]
    public async Task TwoFramesInOneChunkAreReadSeparately()
    {
        const string second = """{"jsonrpc":"2.0","method":"đã lưu"}""";
        await WriteAsync(LspTestClient.Frame(VietnameseBody), LspTestClient.Frame(second));

        Assert.Equal(VietnameseBody, await ReadTextAsync());
        Assert.Equal(second, await ReadTextAsync());
    }

    [Fact]
    public async Task ContentTypeAndFieldNameCaseAreTolerated()
    {
        var body = Encoding.UTF8.GetBytes(VietnameseBody);
        var header = $"content-length: {body.Length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n";
        await WriteAsync(Encoding.ASCII.GetBytes(header), body);

        Assert.Equal(VietnameseBody, await ReadTextAsync());
    }

    [Theory]
    [InlineData("Garbage\r\n\r\n")]
    [InlineData("Content-Length: abc\r\n\r\n{}")]
    [InlineData("Content-Length: -2\r\n\r\n{}")]
    [InlineData("Content-Type: application/json\r\n\r\n{}")]
    [InlineData("Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}")]
    [InlineData("Content Length: 2\r\n\r\n{}")]
    [InlineData("Độ dài: 2\r\n\r\n{}")]
    public async Task MalformedHeaderIsRejectedAndTheNextFrameStillArrives(string garbage)
    {
        await WriteAsync(Encoding.UTF8.GetBytes(garbage), LspTestClient.Frame(VietnameseBody));

        await Assert.ThrowsAsync<InvalidMessageHeaderException>(ReadTextAsync);
        Assert.Equal(VietnameseBody, await ReadTextAsync());
    }

    [Fact]
    public async Task HeaderWithoutTerminatorIsRejectedOnceItOutgrowsAnyRealHeader()
    {
        // In one chunk, the first terminator in sight is the next frame's.
        await WriteAsync(new byte[10_000], LspTestClient.Frame(VietnameseBody));

        await Assert.ThrowsAsync<InvalidMessageHeaderException>(ReadTextAsync);
        Assert.Equal(VietnameseBody, await ReadTextAsync());
    }

    [Fact]
    public async Task EndOfInputEndsReading()
    {
        await _pipe.Writer.WriteAsync(LspTestClient.Frame(VietnameseBody));
        await _pipe.Writer.CompleteAsync();

        Assert.Equal(VietnameseBody, await ReadTextAsync());
        Assert.Null(await _reader.ReadAsync(CancellationToken.None));
    }

    /// <summary>Writes the parts with one flush, so the reader sees them as one chunk.</summary>
    private async Task WriteAsync(params byte[][] parts)
    {
        foreach (var part in parts)
        {
            _pipe.Writer.Write(part);
        }

        await _pipe.Writer.FlushAsync();
    }

    private async Task<string> ReadTextAsync()
    {
        var body = await _reader.ReadAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(20));
        return Encoding.UTF8.GetString(Assert.IsType<byte[]>(body));
    }
}
