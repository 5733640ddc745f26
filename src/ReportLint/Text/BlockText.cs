using System.Collections.Immutable;
using ReportLint.Documents;

namespace ReportLint.Text;

/// <summary>A block's prose with its tokens and sentences, computed once per block.</summary>
public sealed class BlockText
{
    internal BlockText(Block block, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        Block = block;
        Tokens = tokens;
        Sentences = sentences;
    }

    public Block Block { get; }

    public string Text => Block.Prose.Text;

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public static BlockText Analyze(Block block)
    {
        var tokens = Tokenizer.Tokenize(block.Prose.Text);
        return new BlockText(block, tokens, SentenceSegmenter.Segment(block.Prose.Text, tokens));
    }

    public ReadOnlySpan<char> TextOf(Token token) => token.TextIn(Text);

    public ReadOnlySpan<char> TextOf(Sentence sentence) => Text.AsSpan(sentence.Start, sentence.Length);
}
