using ReportLint.Analysis;
using ReportLint.Review;
using ReportLint.Documents;
using ReportLint.Documents.Word;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol;
using LspDiagnostic = ReportLint.VsCodeHost.Protocol.Types.Diagnostic;

namespace ReportLint.VsCodeHost.Handlers;

/// <param name="Uri">The .docx.</param>
/// <param name="AnnotatedCopy">When given, a path (not the draft's own) where a copy of the draft is
/// written with each finding as a Word comment, as <c>reportlint check --annotate</c> does.</param>
internal sealed record WordDocumentParams(string Uri, string? AnnotatedCopy = null);

/// <summary>
/// A Word draft as the engine reads it (one paragraph per line) and its findings, positioned in that
/// text; with <c>annotatedCopy</c>, the number of comments written into the copy.
/// </summary>
internal sealed record WordDocumentResult(string Text, IReadOnlyList<LspDiagnostic> Diagnostics, int? Comments = null);

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
            ?? throw ErrorCodes.Error(ErrorCodes.InvalidParams, $"{parameters.Uri} is not a file.");
        var configuration = configurations.Resolve(path);
        if (configuration.Error is { } error)
        {
            throw ErrorCodes.Error(ErrorCodes.RequestFailed, $"{error.Path}:{error.Line}:{error.Column}: {error.Message}");
        }

        var annotated = parameters.AnnotatedCopy is { } copyPath ? Path.GetFullPath(copyPath) : null;
        if (annotated is not null && string.Equals(annotated, Path.GetFullPath(path), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
        {
            throw ErrorCodes.Error(ErrorCodes.InvalidParams, "The annotated copy cannot replace the draft itself.");
        }

        return await Task.Run(() => Check(parameters.Uri, path, annotated, configuration, cancellationToken), cancellationToken);
    }

    private WordDocumentResult Check(string uri, string path, string? annotated, ResolvedConfiguration configuration, CancellationToken cancellationToken)
    {
        WordReviewCopy? copy = null;
        try
        {
            Draft draft;
            try
            {
                // An editable copy in memory when it is to be annotated, read from the same bytes as the CLI's --annotate.
                if (annotated is null)
                {
                    draft = DraftLoader.Load(path);
                }
                else
                {
                    copy = WordDraftReader.OpenForReview(new MemoryStream(DraftLoader.ReadFile(path), writable: false));
                    draft = WordDraftReader.FromText(path, copy.Text);
                }
            }
            catch (DraftReadException e)
            {
                throw ErrorCodes.Error(ErrorCodes.RequestFailed, ToolDiagnostics.DescribeReadProblem(e.Problem, e.Detail, configuration.Culture));
            }

            var result = configuration.Engine.Analyze(draft, configuration.Configuration!, cancellationToken);
            var snapshot = new DocumentSnapshot(uri, DraftKind.PlainText, 0, draft.Text, client.Encoding);
            var outcome = new CheckOutcome(snapshot, draft.Path, configuration, result, result.Diagnostics);
            int? comments = null;
            if (copy is not null && annotated is not null)
            {
                comments = WordCommentAnnotator.Annotate(copy, result.Diagnostics, configuration.Culture);
                try
                {
                    AtomicFile.Write(annotated, copy.WriteTo);
                }
                catch (OutputWriteException e)
                {
                    throw ErrorCodes.Error(ErrorCodes.RequestFailed, $"{annotated}: {e.InnerException?.Message ?? e.Message}");
                }
            }

            return new WordDocumentResult(draft.Text.ToString(), DiagnosticConverter.ToLsp(outcome), comments);
        }
        finally
        {
            copy?.Dispose();
        }
    }
}
