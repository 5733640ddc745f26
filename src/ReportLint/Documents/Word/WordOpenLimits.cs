namespace ReportLint.Documents.Word;

/// <summary>How much a .docx may cost before it is refused as hostile.</summary>
public sealed record WordOpenLimits
{
    public static WordOpenLimits Default { get; } = new();

    /// <summary>Bounds both the file itself and the sum of its entries' expanded sizes.</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Real documents compress text about 5-20:1; 200:1 only comes from repeated filler.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Small entries (an empty styles part, say) may compress absurdly well without harm.</summary>
    public long CompressionRatioThresholdBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Elements nested in elements, in any XML part. The SDK and the reader recurse once per level;
    /// real documents stay under 30 (a table nested in a table adds three).
    /// </summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>A zip can declare millions of empty entries, each costing memory to list.</summary>
    public int MaxEntries { get; init; } = 10_000;
}
