using ReportLint.Documents;

namespace ReportLint.Analysis;

/// <summary>The recordings of every analyzer for blocks read alike from the same source text.</summary>
internal sealed class CachedBlock(Block sample, int analyzers) : CacheEntry
{
    private readonly BlockRecording?[] _recordings = new BlockRecording?[analyzers];

    /// <summary>
    /// Markdown can read the same source text differently depending on what surrounds it (a
    /// reference link defined elsewhere): the recordings hold only if the prose is the same.
    /// </summary>
    public bool IsReadAs(Block block) => sample.Prose.MapsAlike(block.Prose, block.Span.Start - sample.Span.Start);

    public BlockRecording? RecordingOf(int analyzer) => _recordings[analyzer];

    public void Keep(int analyzer, BlockRecording recording) => _recordings[analyzer] = recording;
}
