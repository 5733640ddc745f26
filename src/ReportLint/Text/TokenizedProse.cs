using System.Collections.Immutable;

namespace ReportLint.Text;

/// <summary>
/// The tokens and sentences of one prose text. They depend on the text alone, so blocks with the
/// same prose, in one draft or in successive versions of it, can share them, and so can whatever
/// is computed from them (a rule's per-block scan).
/// </summary>
internal sealed class TokenizedProse
{
    private Dictionary<object, object?>? _values;

    private TokenizedProse(ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        Tokens = tokens;
        Sentences = sentences;
    }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>What rules computed from this prose, by value provider (see <c>BlockValueProvider</c>).</summary>
    public Dictionary<object, object?> Values => _values ??= new(ReferenceEqualityComparer.Instance);

    public static TokenizedProse Of(string prose)
    {
        var tokens = Tokenizer.Tokenize(prose);
        return new TokenizedProse(tokens, SentenceSegmenter.Segment(prose, tokens));
    }
}
