using System.Runtime.InteropServices;
using System.Text;

namespace ReportLint.Documents;

/// <summary>Collects the readable pieces of a block together with their source offsets.</summary>
internal sealed class ProseBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];

    public int Length => _text.Length;

    /// <summary>Appends source characters that are read as they are written.</summary>
    public ProseBuilder Append(ReadOnlySpan<char> sourceSlice, int sourceStart)
    {
        // Every character of every draft passes here on every edit the language server checks.
        _text.Append(sourceSlice);
        var at = _starts.Count;
        CollectionsMarshal.SetCount(_starts, at + sourceSlice.Length);
        CollectionsMarshal.SetCount(_ends, at + sourceSlice.Length);
        var starts = CollectionsMarshal.AsSpan(_starts)[at..];
        var ends = CollectionsMarshal.AsSpan(_ends)[at..];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = sourceStart + i;
            ends[i] = sourceStart + i + 1;
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
