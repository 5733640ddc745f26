namespace ReportLint.Text;

/// <summary>A sentence of a block: a span of its prose and the tokens it holds.</summary>
public readonly record struct Sentence(int Start, int Length, int FirstToken, int TokenCount)
{
    public int End => Start + Length;
}
