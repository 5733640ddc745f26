namespace ReportLint.Documents.Word;

/// <summary>How much a .docx may cost before it is refused as hostile.</summary>
internal sealed record WordOpenLimits
{
    public static WordOpenLimits Default { get; } = new();

    /// <summary>Bounds both the file itself and the sum of its entries' expanded sizes.</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>
    /// One XML part once unpacked. The SDK's tree of a part costs about 25 times its XML and
    /// reading it about half a second per megabyte here, so this keeps a check under ten seconds
    /// and a gigabyte. An 8 MB document.xml is some five hundred pages.
    /// </summary>
    public long MaxXmlPartBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Paragraphs in the package's XML parts, counted before they are parsed (<see cref="TextDraftLimits.MaxParagraphs"/>).</summary>
    public int MaxParagraphs { get; init; } = TextDraftLimits.MaxParagraphs;

    /// <summary>
    /// Elements nested in elements, in any XML part. The SDK and the reader recurse once per level;
    /// real documents stay under 30 (a table nested in a table adds three).
    /// </summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>A zip can declare millions of empty entries, each costing memory to list.</summary>
    public int MaxEntries { get; init; } = 10_000;
}
