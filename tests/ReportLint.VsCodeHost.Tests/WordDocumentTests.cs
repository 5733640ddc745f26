using ReportLint.VsCodeHost.Handlers;
using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests;

public sealed class WordDocumentTests
{
    [Fact]
    public async Task ADraftOnDiskComesBackAsTextWithItsFindings()
    {
        var path = Path.Combine(TestDocuments.NewFolder(), "draft.md");
        File.WriteAllText(path, "Mở đầu.\n\nTổng các các chỉ tiêu.\n");
        var server = await LintingServer.StartAsync();

        var result = (await server.RequestAsync(WordDocumentHandler.Method, new { uri = TestDocuments.UriOf(path) })).GetProperty("result");

        Assert.Equal("Mở đầu.\n\nTổng các các chỉ tiêu.\n", result.GetProperty("text").GetString());
        var finding = Assert.Single(result.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal((2, 5, 2, 12), LintingServer.RangeOf(finding));
    }

    [Fact]
    public async Task AFileThatCannotBeReadIsARequestErrorSayingWhy()
    {
        var server = await LintingServer.StartAsync();

        var response = await server.RequestAsync(WordDocumentHandler.Method, new { uri = TestDocuments.UriOf(Path.Combine(TestDocuments.NewFolder(), "missing.docx")) });

        Assert.Equal(ErrorCodes.RequestFailed, InProcessServer.ErrorCode(response));
        Assert.False(string.IsNullOrWhiteSpace(response.GetProperty("error").GetProperty("message").GetString()));
    }

    [Fact]
    public async Task ADocumentThatIsNotAFileIsInvalid()
    {
        var server = await LintingServer.StartAsync();

        var response = await server.RequestAsync(WordDocumentHandler.Method, new { uri = "untitled:x.docx" });

        Assert.Equal(ErrorCodes.InvalidParams, InProcessServer.ErrorCode(response));
    }
}
