using System.Text.Json;

namespace ReportLint.VsCodeHost.Protocol.Types;

internal sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

internal sealed record FileEvent(string Uri, FileChangeType Type);

internal enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}

/// <summary>Settings are whatever the client's configuration section holds; clients that pull configuration send null.</summary>
internal sealed record DidChangeConfigurationParams(JsonElement? Settings);
