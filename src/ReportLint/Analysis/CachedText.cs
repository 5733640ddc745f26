using System.Collections.Immutable;
using ReportLint.Text;

namespace ReportLint.Analysis;

/// <summary>The tokens and sentences of a prose text, which depend on nothing else.</summary>
internal sealed class CachedText(ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences) : CacheEntry
{
    public ImmutableArray<Token> Tokens { get; } = tokens;

    public ImmutableArray<Sentence> Sentences { get; } = sentences;
}
