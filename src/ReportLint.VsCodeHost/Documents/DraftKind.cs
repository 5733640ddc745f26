namespace ReportLint.VsCodeHost.Documents;

/// <summary>
/// Which reader a document needs. The editor's language decides, not the file name, so an
/// untitled Markdown buffer or a <c>README</c> without extension is still read as Markdown.
/// </summary>
internal enum DraftKind
{
    Markdown,
    PlainText,
}

internal static class DraftKinds
{
    public static DraftKind FromLanguageId(string languageId) =>
        languageId == "plaintext" ? DraftKind.PlainText : DraftKind.Markdown;

    /// <summary>
    /// A path whose extension selects the right reader in <see cref="ReportLint.Documents.DraftLoader.FromText"/>:
    /// the real one when it agrees with the language, otherwise the real one with an extension appended.
    /// </summary>
    public static string DraftPath(string path, DraftKind kind)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var agrees = kind == DraftKind.PlainText ? extension == ".txt" : extension is ".md" or ".markdown";
        return agrees ? path : path + (kind == DraftKind.PlainText ? ".txt" : ".md");
    }
}
