using System.Text.Json;

namespace ReportLint.VsCodeHost.Protocol.Types;

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

public sealed record FileEvent(string Uri, FileChangeType Type);

public enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}

/// <summary>Settings are whatever the client's configuration section holds; clients that pull configuration send null.</summary>
public sealed record DidChangeConfigurationParams(JsonElement? Settings);
