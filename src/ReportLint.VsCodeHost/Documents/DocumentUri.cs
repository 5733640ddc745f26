namespace ReportLint.VsCodeHost.Documents;

/// <summary>
/// Where a document URI lives on disk, for finding its rules.yml and reading Word files. URIs stay
/// strings everywhere else, so the client gets back exactly what it sent.
/// </summary>
internal static class DocumentUri
{
    /// <summary>The local path of a <c>file:</c> URI; null for anything else (<c>untitled:</c>, virtual documents).</summary>
    public static string? ToLocalPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;

    public static string FromLocalPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
