namespace ReportLint.VsCodeHost.Protocol;

/// <summary>What the <c>character</c> of an LSP position counts.</summary>
internal enum PositionEncoding
{
    /// <summary>UTF-16 code units: the LSP default, and what every client supports.</summary>
    Utf16,

    /// <summary>UTF-8 bytes, offered when the client lists <c>utf-8</c>.</summary>
    Utf8,
}
