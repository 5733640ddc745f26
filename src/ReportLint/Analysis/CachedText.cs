using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>The tokens and sentences of a prose text, kept while analyses keep meeting it.</summary>
internal sealed class CachedText(TokenizedProse tokenized) : CacheEntry
{
    public TokenizedProse Tokenized { get; } = tokenized;
}
