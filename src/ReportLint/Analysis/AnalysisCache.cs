using Microsoft.CodeAnalysis.Text;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>
/// Carries work from one analysis of a document to the next, so that an edit costs about the
/// blocks it touched rather than the whole draft: the tokens and sentences of every prose text, and
/// what each analyzer's block and sentence actions reported for every block, replayed at the
/// block's new place when the block comes back unchanged. Draft and table actions always run.
/// </summary>
/// <remarks>
/// <para>
/// Give each document its own cache and pass it to every <see cref="LintEngine.Analyze"/> of that
/// document. The result is the same as without a cache, provided block and sentence actions keep
/// the contract in docs/analyzer-api.md: they depend only on their block and the configuration.
/// </para>
/// <para>
/// Another engine or another <see cref="LintConfiguration"/> instance empties the cache, and each
/// completed analysis drops what it did not meet, so it holds about one version's worth of blocks.
/// One analysis uses it at a time: an analysis that finds it in use runs without it.
/// </para>
/// </remarks>
internal sealed class AnalysisCache
{
    private int _inUse;
    private readonly Dictionary<string, CachedText> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<CachedBlockKey, CachedBlock> _blocks = [];
    private LintEngine? _engine;
    private LintConfiguration? _configuration;
    private int _analysis;

    /// <summary>How many distinct blocks have recorded findings.</summary>
    public int BlockCount => _blocks.Count;

    /// <summary>How many distinct prose texts have their tokens and sentences kept.</summary>
    public int TextCount => _texts.Count;

    internal bool TryBegin(LintEngine engine, LintConfiguration configuration)
    {
        if (Interlocked.Exchange(ref _inUse, 1) == 1)
        {
            return false;
        }

        if (!ReferenceEquals(engine, _engine) || !ReferenceEquals(configuration, _configuration))
        {
            _texts.Clear();
            _blocks.Clear();
            _engine = engine;
            _configuration = configuration;
        }

        _analysis++;
        return true;
    }

    /// <summary>Ends an analysis; one that did not complete may have met only part of the draft, so nothing is evicted.</summary>
    internal void End(bool completed)
    {
        if (completed)
        {
            Evict(_texts);
            Evict(_blocks);
        }

        Volatile.Write(ref _inUse, 0);
    }

    internal BlockText TextOf(Block block)
    {
        if (!_texts.TryGetValue(block.Prose.Text, out var cached))
        {
            cached = new CachedText(TokenizedProse.Of(block.Prose.Text));
            _texts[block.Prose.Text] = cached;
        }

        cached.LastUsed = _analysis;
        return new BlockText(block, cached.Tokenized);
    }

    internal CachedBlock EntryOf(Block block, SourceText source, int analyzers)
    {
        var key = new CachedBlockKey(source.ToString(block.Span), block.Kind, block.HeadingLevel, block.Cell);
        if (!_blocks.TryGetValue(key, out var entry) || !entry.IsReadAs(block))
        {
            entry = new CachedBlock(block, analyzers);
            _blocks[key] = entry;
        }

        entry.LastUsed = _analysis;
        return entry;
    }

    private void Evict<TKey, TEntry>(Dictionary<TKey, TEntry> entries)
        where TKey : notnull
        where TEntry : CacheEntry
    {
        foreach (var (key, entry) in entries)
        {
            if (entry.LastUsed != _analysis)
            {
                entries.Remove(key);
            }
        }
    }
}
