using System.Text.Json;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Linting;

/// <summary>
/// What the server learned about its client in <c>initialize</c> and acts on: positions, whether it
/// pulls diagnostics, what workspace edits it accepts, its workspace folders. Filled in once,
/// before any other message is admitted.
/// </summary>
internal sealed class ClientProfile
{
    private IReadOnlyList<string> _workspaceFolders = [];

    public PositionEncoding Encoding { get; private set; } = PositionEncoding.Utf16;

    /// <summary>The client asks for diagnostics itself (<c>textDocument/diagnostic</c>) instead of waiting for pushes.</summary>
    public bool PullsDiagnostics { get; private set; }

    public bool SupportsDiagnosticRefresh { get; private set; }

    /// <summary>Workspace edits may create files, as "disable in rules.yml" needs when there is none.</summary>
    public bool CanCreateFiles { get; private set; }

    public void Learn(InitializeParams parameters, PositionEncoding encoding)
    {
        Encoding = encoding;
        var capabilities = parameters.Capabilities;
        PullsDiagnostics = Find(capabilities.TextDocument, "diagnostic") is { ValueKind: JsonValueKind.Object };
        SupportsDiagnosticRefresh = Find(capabilities.Workspace, "diagnostics", "refreshSupport") is { ValueKind: JsonValueKind.True };
        CanCreateFiles = Find(capabilities.Workspace, "workspaceEdit", "resourceOperations") is { ValueKind: JsonValueKind.Array } operations
            && operations.EnumerateArray().Any(o => o.ValueKind == JsonValueKind.String && o.GetString() == "create");

        var folders = parameters.WorkspaceFolders?.Select(f => f.Uri) ?? (parameters.RootUri is { } root ? [root] : []);
        _workspaceFolders = [.. folders.Select(DocumentUri.ToLocalPath).OfType<string>().Select(Path.GetFullPath)];
    }

    /// <summary>The innermost workspace folder holding the file, or null outside all of them.</summary>
    public string? WorkspaceFolderOf(string path)
    {
        var full = Path.GetFullPath(path);
        return _workspaceFolders
            .Where(folder => full.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .MaxBy(folder => folder.Length);
    }

    private static JsonElement? Find(JsonElement? element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element is not { ValueKind: JsonValueKind.Object } current || !current.TryGetProperty(name, out var next))
            {
                return null;
            }

            element = next;
        }

        return element;
    }
}
