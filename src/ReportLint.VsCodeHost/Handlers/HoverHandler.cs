using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Hovers;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Handlers;

/// <summary><c>textDocument/hover</c>: whatever each <see cref="IHoverContent"/> has to say at the position, separated by rules.</summary>
internal sealed class HoverHandler(DocumentStore documents, DocumentChecker checker, IReadOnlyList<IHoverContent> contents)
{
    public async Task<Hover?> HandleAsync(HoverParams parameters, CancellationToken cancellationToken)
    {
        if (documents.Get(parameters.TextDocument.Uri) is not { } document)
        {
            return null;
        }

        var outcome = await Task.Run(() => checker.Check(document, cancellationToken), cancellationToken);
        var offset = document.Positions.ToOffset(parameters.Position);
        var sections = contents.SelectMany(content => content.Describe(outcome, offset)).ToList();
        if (sections.Count == 0)
        {
            return null;
        }

        var markdown = string.Join("\n\n---\n\n", sections.Select(s => s.Markdown));
        var span = sections[0].Span;
        return new Hover(new MarkupContent(MarkupKind.Markdown, markdown)) { Range = document.Positions.ToRange(span.Start, span.End) };
    }
}
