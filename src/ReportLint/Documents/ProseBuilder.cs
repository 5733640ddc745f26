using System.Text;

namespace ReportLint.Documents;

/// <summary>Collects the readable pieces of a block together with their source offsets.</summary>
public sealed class ProseBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];

    public int Length => _text.Length;

    /// <summary>Appends source characters that are read as they are written.</summary>
    public ProseBuilder Append(ReadOnlySpan<char> sourceSlice, int sourceStart)
    {
        for (var i = 0; i < sourceSlice.Length; i++)
        {
            _text.Append(sourceSlice[i]);
            _starts.Add(sourceStart + i);
            _ends.Add(sourceStart + i + 1);
        }

        return this;
    }

    /// <summary>Appends one character that stands for a source range, such as a line break.</summary>
    public ProseBuilder AppendStandIn(char c, int sourceStart, int sourceEnd)
    {
        _text.Append(c);
        _starts.Add(sourceStart);
        _ends.Add(sourceEnd);
        return this;
    }

    public Prose Build() => Prose.Build(_text, _starts, _ends);
}
