using System.Collections.Frozen;
using System.Text;

namespace ReportLint.Vietnamese;

/// <summary>
/// How Vietnamese letters look once text typed in a legacy 8-bit font is read as Unicode (each byte
/// becomes the Latin-1 character of the same code). No .NET encoding covers TCVN3 or VNI.
/// </summary>
internal static class LegacyEncodingTables
{
    // TCVN3 (TCVN 5712:1993 VN3, the "ABC" .Vn fonts): one byte per letter; toned capitals have no
    // code of their own (a separate capitals font draws the lower-case codes as capitals).
    private const string Tcvn3Letters = "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵĂÂĐÊÔƠƯ";

    private const string Tcvn3Codes =
        "\u00B5\u00B6\u00B7\u00B8\u00B9\u00A8\u00BB\u00BC\u00BD\u00BE\u00C6\u00A9\u00C7\u00C8\u00C9\u00CA\u00CB\u00AE" +
        "\u00CC\u00CE\u00CF\u00D0\u00D1\u00AA\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7\u00D8\u00DC\u00DD\u00DE" +
        "\u00DF\u00E1\u00E2\u00E3\u00E4\u00AB\u00E5\u00E6\u00E7\u00E8\u00E9\u00AC\u00EA\u00EB\u00EC\u00ED\u00EE" +
        "\u00EF\u00F1\u00F2\u00F3\u00F4\u00AD\u00F5\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE" +
        "\u00A1\u00A2\u00A7\u00A3\u00A4\u00A5\u00A6";

    public static readonly FrozenDictionary<char, char> Tcvn3ToUnicode =
        Tcvn3Codes.Zip(Tcvn3Letters).ToFrozenDictionary(pair => pair.First, pair => pair.Second);

    public static readonly FrozenDictionary<char, char> UnicodeToTcvn3 =
        Tcvn3Letters.Zip(Tcvn3Codes).ToFrozenDictionary(pair => pair.First, pair => pair.Second);

    /// <summary>
    /// VNI: a base letter followed by one mark byte. Keys are Unicode letters (lower case; capitals use
    /// the upper-case forms of the same Latin-1 characters), values their VNI spelling.
    /// </summary>
    public static readonly FrozenDictionary<char, string> UnicodeToVni = BuildVni();

    /// <summary>VNI spellings (one or two characters) back to the letter; two-character ones must be tried first.</summary>
    public static readonly FrozenDictionary<string, char> VniToUnicode =
        UnicodeToVni.Where(pair => pair.Value.Length > 0).ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> VniLookup =
        VniToUnicode.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The characters that only occur in VNI text as marks or as ơ, ư, đ.</summary>
    public static readonly FrozenSet<char> VniMarks =
        UnicodeToVni.Values.SelectMany(spelling => spelling).Where(c => c > '\u007F').ToFrozenSet();

    /// <summary>
    /// What Windows-1252 shows for bytes 0x80–0xFF (the undefined five as the C1 control of the same
    /// code), in byte order: the keys of <see cref="Windows1252Bytes"/> written out, so that a rule
    /// can tell a suspicious character without loading the code-page tables (a test keeps them equal).
    /// </summary>
    public const string Windows1252HighCharacters =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178" +
        "\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00AF\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BA\u00BB\u00BC\u00BD\u00BE\u00BF" +
        "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF" +
        "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE\u00FF";

    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    public static readonly Encoding Windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)!;

    /// <summary>Characters that Windows-1252 shows for bytes 0x80–0xFF, back to their byte.</summary>
    public static readonly FrozenDictionary<char, byte> Windows1252Bytes = BuildWindows1252Bytes();

    private static FrozenDictionary<char, string> BuildVni()
    {
        // Tone order here: sắc, huyền, hỏi, ngã, nặng.
        (string Letters, string Base, string Marks)[] rows =
        [
            ("áàảãạ", "a", "ùøûõï"), ("âấầẩẫậ", "a", "âáàåãä"), ("ăắằẳẵặ", "a", "êéèúüë"),
            ("éèẻẽẹ", "e", "ùøûõï"), ("êếềểễệ", "e", "âáàåãä"),
            ("óòỏõọ", "o", "ùøûõï"), ("ôốồổỗộ", "o", "âáàåãä"), ("ơớờởỡợ", "ô", "\0ùøûõï"),
            ("úùủũụ", "u", "ùøûõï"), ("ưứừửữự", "ö", "\0ùøûõï"),
            ("ýỳỷỹ", "y", "ùøûõ"),
        ];
        var map = new Dictionary<char, string>();
        void Add(char letter, string spelling)
        {
            map[letter] = spelling;
            map[char.ToUpperInvariant(letter)] = spelling.ToUpperInvariant();
        }

        foreach (var (letters, baseLetter, marks) in rows)
        {
            for (var i = 0; i < letters.Length; i++)
            {
                Add(letters[i], marks[i] == '\0' ? baseLetter : baseLetter + marks[i]);
            }
        }

        // i and the nặng y are single characters; đ is ñ.
        foreach (var (letter, code) in "íìỉĩịỵđ".Zip("íìæóòîñ"))
        {
            Add(letter, code.ToString());
        }

        return map.ToFrozenDictionary();
    }

    private static FrozenDictionary<char, byte> BuildWindows1252Bytes()
    {
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var c = Windows1252.GetString([(byte)b]);
            map.TryAdd(c[0], (byte)b);
        }

        return map.ToFrozenDictionary();
    }
}
