namespace ReportLint.Text;

/// <summary>
/// Lower-casing for the hot loops of the rules. <c>char.ToLowerInvariant</c> calls into ICU for
/// every letter outside ASCII, and Vietnamese words are full of them; a table built once over
/// the Latin blocks (Vietnamese letters end at U+1EFF) makes it an array lookup.
/// </summary>
internal static class CaseFolding
{
    private static readonly char[] LowerTable = BuildLowerTable();

    public static char ToLower(char c) => c < LowerTable.Length ? LowerTable[c] : char.ToLowerInvariant(c);

    /// <summary>Writes <paramref name="source"/> lower-cased into <paramref name="destination"/>, which must be as long.</summary>
    public static int ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = ToLower(source[i]);
        }

        return source.Length;
    }

    private static char[] BuildLowerTable()
    {
        var table = new char[0x1F00];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
