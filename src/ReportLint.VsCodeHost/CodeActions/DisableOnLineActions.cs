using Microsoft.CodeAnalysis.Text;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.CodeActions;

/// <summary>
/// "Disable this rule on this line": a <c>reportlint-disable-next-line</c> comment on a line of its
/// own above the finding, indented like it so a list item keeps its list. Markdown only: plain text
/// has no comments. Not offered inside a table, where a line of its own would cut the table in two.
/// </summary>
internal static class DisableOnLineActions
{
    public static IEnumerable<CodeAction> Provide(CodeActionRequest request)
    {
        var outcome = request.Outcome;
        var document = outcome.Document;
        if (document.Kind != DraftKind.Markdown)
        {
            yield break;
        }

        var text = document.Text.ToString();
        var lineBreak = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var offered = new HashSet<(int Line, string Id)>();
        foreach (var finding in request.Findings)
        {
            var line = finding.Published.Range.Start.Line;
            var id = finding.Diagnostic.Id;
            if (!offered.Add((line, id)))
            {
                continue;
            }

            var lineStart = document.Positions.ToOffset(new Position(line, 0));
            var content = text.AsSpan(lineStart, document.Positions.ToOffset(new Position(line, int.MaxValue)) - lineStart);
            var indent = content[..(content.Length - content.TrimStart(" \t").Length)].ToString();
            if (content.TrimStart(" \t").StartsWith("|"))
            {
                continue;
            }

            var comment = new TextChange(new TextSpan(lineStart, 0), $"{indent}<!-- reportlint-disable-next-line {id} -->{lineBreak}");
            yield return new CodeAction(HostText.Format("Disable_Line", outcome.Configuration.Culture, id))
            {
                Kind = CodeActionKind.QuickFix,
                Diagnostics = [finding.Published],
                Edit = DocumentEdits.Of(outcome, [comment]),
            };
        }
    }
}
