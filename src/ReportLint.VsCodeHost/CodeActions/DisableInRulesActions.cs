using ReportLint.Configuration;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.CodeActions;

/// <summary>
/// "Disable in rules.yml": edits the rules.yml that governs the document, or creates one at the
/// root of its workspace folder (the document's own folder outside any) when there is none yet.
/// Only for documents on disk, which are the only ones a rules.yml governs.
/// </summary>
internal sealed class DisableInRulesActions(ConfigurationResolver configurations, ClientProfile client)
{
    public IEnumerable<CodeAction> Provide(CodeActionRequest request)
    {
        var outcome = request.Outcome;
        // An invalid rules.yml has to be repaired by hand before anything is added to it.
        if (outcome.Document.LocalPath is not { } documentPath || outcome.Result is null)
        {
            return [];
        }

        var existing = configurations.NearestFile(documentPath);
        var target = existing ?? Path.Combine(client.WorkspaceFolderOf(documentPath) ?? Path.GetDirectoryName(documentPath)!, ConfigurationLoader.FileName);
        var displayName = Path.GetRelativePath(client.WorkspaceFolderOf(documentPath) ?? Path.GetDirectoryName(documentPath)!, target);
        var actions = new List<CodeAction>();
        foreach (var id in request.Findings.Select(f => f.Diagnostic.Id).Distinct(StringComparer.Ordinal))
        {
            var edit = existing is null ? Create(target, id) : Edit(existing, id);
            if (edit is null)
            {
                continue;
            }

            actions.Add(new CodeAction(HostText.Format("Disable_InRules", outcome.Configuration.Culture, id, displayName))
            {
                Kind = CodeActionKind.QuickFix,
                Diagnostics = [.. request.Findings.Where(f => f.Diagnostic.Id == id).Select(f => f.Published)],
                Edit = edit,
            });
        }

        return actions;
    }

    private WorkspaceEdit? Create(string path, string ruleId)
    {
        if (!client.CanCreateFiles)
        {
            return null;
        }

        var uri = DocumentUri.FromLocalPath(path);
        var start = new Position(0, 0);
        return new WorkspaceEdit
        {
            DocumentChanges =
            [
                new CreateFile(uri) { Options = new CreateFileOptions { IgnoreIfExists = true } },
                new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(uri), [new TextEdit(new Protocol.Types.Range(start, start), RulesFileEdit.NewFile(ruleId))]),
            ],
        };
    }

    private WorkspaceEdit? Edit(string path, string ruleId)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (RulesFileEdit.TurnOff(yaml, ruleId) is not { } change)
        {
            return null;
        }

        var positions = new PositionConverter(yaml, client.Encoding);
        var uri = DocumentUri.FromLocalPath(path);
        var edit = new TextEdit(positions.ToRange(change.Span.Start, change.Span.End), change.NewText ?? string.Empty);
        return new WorkspaceEdit
        {
            DocumentChanges = [new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(uri), [edit])],
        };
    }
}
