namespace ReportLint.Vietnamese;

/// <summary>
/// Splits a precomposed Vietnamese letter into its tone-less base letter (keeping the vowel
/// quality marks of ă, â, ê, ô, ơ, ư and đ, which change the letter, not the tone) and its tone.
/// A flat table indexed by code unit keeps this branch-free in the hot loops of the rules.
/// </summary>
internal static class VietnameseLetters
{
    // Each row holds a base vowel followed by its forms with huyền, sắc, hỏi, ngã, nặng (VietnameseTone order).
    private static readonly string[] ToneRows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ];

    private const string ToneRowBases = "aăâeêioôơuưy";
    private const int TableSize = 0x1F00;
    private const uint PresentFlag = 1;
    private const uint UpperFlag = 2;

    // Layout: bit 0 present, bit 1 upper case, bits 2-4 tone, bits 16-31 lower-case base letter.
    private static readonly uint[] Table = BuildTable();

    private static uint[] BuildTable()
    {
        var table = new uint[TableSize];
        void Add(char letter, char baseLower, VietnameseTone tone)
        {
            table[letter] = ((uint)baseLower << 16) | ((uint)tone << 2) | PresentFlag;
            var upper = char.ToUpperInvariant(letter);
            if (upper != letter)
            {
                table[upper] = table[letter] | UpperFlag;
            }
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            Add(c, c, VietnameseTone.Ngang);
        }

        Add('đ', 'đ', VietnameseTone.Ngang);
        foreach (var row in ToneRows)
        {
            for (var tone = 0; tone < row.Length; tone++)
            {
                Add(row[tone], row[0], (VietnameseTone)tone);
            }
        }

        return table;
    }

    /// <summary>True for a–z, đ and every precomposed Vietnamese vowel, in either case.</summary>
    public static bool IsLetter(char c) => c < TableSize && (Table[c] & PresentFlag) != 0;

    public static bool TryDecompose(char c, out char baseLower, out VietnameseTone tone, out bool isUpper)
    {
        var entry = c < TableSize ? Table[c] : 0;
        baseLower = (char)(entry >> 16);
        tone = (VietnameseTone)((entry >> 2) & 7);
        isUpper = (entry & UpperFlag) != 0;
        return (entry & PresentFlag) != 0;
    }

    /// <summary>Composes a base letter (lower case, as returned by <see cref="TryDecompose"/>) with a tone.</summary>
    public static char Compose(char baseLower, VietnameseTone tone, bool upper)
    {
        var row = ToneRowBases.IndexOf(baseLower);
        var letter = row < 0 ? baseLower : ToneRows[row][(int)tone];
        return upper ? char.ToUpperInvariant(letter) : letter;
    }

    /// <summary>The plain ASCII letter under a base letter: ă, â → a; ê → e; ô, ơ → o; ư → u; đ → d.</summary>
    public static char ToAscii(char baseLower) => baseLower switch
    {
        'ă' or 'â' => 'a',
        'ê' => 'e',
        'ô' or 'ơ' => 'o',
        'ư' => 'u',
        'đ' => 'd',
        _ => baseLower,
    };

    /// <summary>Vowel letters that carry a quality mark: the tone mark goes on them first.</summary>
    public static bool HasQualityMark(char baseLower) => baseLower is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư';
}
