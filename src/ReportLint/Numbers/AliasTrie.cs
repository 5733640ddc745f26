using System.Text;

namespace ReportLint.Numbers;

/// <summary>
/// Unit spellings as a trie of words, so that the longest alias at a position is found by walking
/// the text once, without allocating. Comparison ignores case (<c>Đảng</c> = <c>đảng</c>); both tone
/// styles of every alias are stored. Words may be separated by spaces; <c>,</c> and <c>-</c> are
/// tokens of their own (<c>chi, đảng bộ</c>, <c>héc-ta</c>).
/// </summary>
internal sealed class AliasTrie
{
    private readonly Node root = new();

    public void Add(string alias, UnitDefinition unit)
    {
        var normalized = alias.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        AddOne(VietnameseToneStyle.ToClassic(normalized), unit);
        AddOne(VietnameseToneStyle.ToModern(normalized), unit);
    }

    public int MatchPrefix(ReadOnlySpan<char> text, int start, out UnitDefinition? unit)
    {
        unit = null;
        var best = 0;
        var node = root;
        var position = start;
        while (NextToken(text, position, out var tokenStart, out var tokenEnd)
            && node.Children.TryGetValue(text[tokenStart..tokenEnd], out var next))
        {
            node = next;
            position = tokenEnd;
            if (node.Unit is not null)
            {
                unit = node.Unit;
                best = tokenEnd - start;
            }
        }

        return best;
    }

    private void AddOne(string alias, UnitDefinition unit)
    {
        var node = root;
        var position = 0;
        while (NextToken(alias, position, out var tokenStart, out var tokenEnd))
        {
            var token = alias[tokenStart..tokenEnd];
            if (!node.Words.TryGetValue(token, out var next))
            {
                next = new Node();
                node.Words.Add(token, next);
            }

            node = next;
            position = tokenEnd;
        }

        if (position != alias.TrimEnd().Length || node == root)
        {
            throw new InvalidDataException($"The unit alias '{alias}' holds characters other than words, spaces, ',' and '-'.");
        }

        if (node.Unit is not null && !ReferenceEquals(node.Unit, unit))
        {
            throw new InvalidDataException($"The alias '{alias}' is given to both '{node.Unit.Name}' and '{unit.Name}'.");
        }

        node.Unit = unit;
    }

    private static bool NextToken(ReadOnlySpan<char> text, int position, out int start, out int end)
    {
        start = TextScanning.SkipSpaces(text, position);
        end = start;
        if (start >= text.Length)
        {
            return false;
        }

        var c = text[start];
        if (c is ',' or '-')
        {
            end = start + 1;
            return true;
        }

        if (!TextScanning.IsLetter(c))
        {
            return false;
        }

        while (end < text.Length && (TextScanning.IsLetter(text[end]) || TextScanning.IsDigit(text[end])))
        {
            end++;
        }

        return true;
    }

    private sealed class Node
    {
        public Node() => Children = Words.GetAlternateLookup<ReadOnlySpan<char>>();

        public Dictionary<string, Node> Words { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Children { get; }

        public UnitDefinition? Unit { get; set; }
    }
}
