using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol;
using LspDiagnostic = ReportLint.VsCodeHost.Protocol.Types.Diagnostic;

namespace ReportLint.VsCodeHost.Handlers;

internal sealed record WordDocumentParams(string Uri);

/// <summary>A Word draft as the engine reads it (one paragraph per line) and its findings, positioned in that text.</summary>
internal sealed record WordDocumentResult(string Text, IReadOnlyList<LspDiagnostic> Diagnostics);

/// <summary>
/// <c>reportlint/wordDocument</c>: reads a .docx from disk and checks it, so the extension can show
/// it read-only with its findings. A file that cannot be read is a request error saying why.
/// </summary>
internal sealed class WordDocumentHandler(ConfigurationResolver configurations, ClientProfile client)
{
    public const string Method = "reportlint/wordDocument";

    public async Task<WordDocumentResult> HandleAsync(WordDocumentParams parameters, CancellationToken cancellationToken)
    {
        var path = DocumentUri.ToLocalPath(parameters.Uri)
            ?? throw new JsonRpcException(ErrorCodes.InvalidParams, $"{parameters.Uri} is not a file.");
        var configuration = configurations.Resolve(path);
        if (configuration.Error is { } error)
        {
            throw new JsonRpcException(ErrorCodes.RequestFailed, $"{error.Path}:{error.Line}:{error.Column}: {error.Describe(configuration.Culture)}");
        }

        return await Task.Run(() => Check(parameters.Uri, path, configuration, cancellationToken), cancellationToken);
    }

    private WordDocumentResult Check(string uri, string path, ResolvedConfiguration configuration, CancellationToken cancellationToken)
    {
        Draft draft;
        try
        {
            draft = DraftLoader.Load(path);
        }
        catch (DraftReadException e)
        {
            throw new JsonRpcException(ErrorCodes.RequestFailed, ToolDiagnostics.DescribeReadProblem(e.Problem, e.Detail, configuration.Culture));
        }

        var result = configuration.Engine.Analyze(draft, configuration.Configuration!, cancellationToken);
        var snapshot = new DocumentSnapshot(uri, DraftKind.PlainText, 0, draft.Text, client.Encoding);
        var outcome = new CheckOutcome(snapshot, draft.Path, configuration, result, result.Diagnostics);
        return new WordDocumentResult(draft.Text.ToString(), DiagnosticConverter.ToLsp(outcome));
    }
}
