namespace ReportLint.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,

    /// <summary>Content that is not prose (code, a URL, an image) standing in one position.</summary>
    StandIn,
}

/// <summary>A word, number or punctuation mark, as a span of a block's prose.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> TextIn(string prose) => prose.AsSpan(Start, Length);
}
