using System.Collections.Immutable;
using System.Globalization;

namespace ReportLint.Text;

/// <summary>
/// Splits prose into words, numbers and punctuation. Numbers keep Vietnamese grouping and decimal
/// marks (<c>4.014</c>, <c>117,3</c>) as one token; slashes, colons and dashes stay separate
/// so that the number layer can read dates, times, ratios and document numbers.
/// </summary>
internal static class Tokenizer
{
    // Tokens are gathered in a scratch buffer kept per thread and copied once into an array of the
    // right size: a growing builder copied every block's tokens three times over.
    [ThreadStatic]
    private static Token[]? _scratch;

    public static ImmutableArray<Token> Tokenize(string text)
    {
        var tokens = new TokenBuffer(_scratch ??= new Token[256]);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            var kind = Classes[c];
            if ((kind & CharClass.Space) != 0)
            {
                i++;
                continue;
            }

            if ((kind & CharClass.Letter) != 0)
            {
                i = ScanWord(text, i);
                tokens.Add(new Token(TokenKind.Word, start, i - start));
            }
            else if ((kind & CharClass.Digit) != 0)
            {
                i = ScanNumber(text, i);
                tokens.Add(new Token(TokenKind.Number, start, i - start));
            }
            else if (c == '\uFFFC')
            {
                tokens.Add(new Token(TokenKind.StandIn, start, 1));
                i++;
            }
            else if (c == '.')
            {
                // An ellipsis typed as dots is one mark.
                while (i < text.Length && text[i] == '.')
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Punctuation, start, i - start));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                tokens.Add(new Token(TokenKind.Punctuation, start, i - start));
            }
        }

        _scratch = tokens.Buffer;
        return tokens.ToImmutable();
    }

    private struct TokenBuffer(Token[] buffer)
    {
        private int _count;

        public Token[] Buffer { get; private set; } = buffer;

        public void Add(Token token)
        {
            if (_count == Buffer.Length)
            {
                var larger = new Token[Buffer.Length * 2];
                Buffer.CopyTo(larger, 0);
                Buffer = larger;
            }

            Buffer[_count++] = token;
        }

        public readonly ImmutableArray<Token> ToImmutable() => ImmutableArray.Create(Buffer, 0, _count);
    }

    private static int ScanWord(string text, int i)
    {
        while (i < text.Length && IsWordCharacter(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWordCharacter(char c) => (Classes[c] & (CharClass.Letter | CharClass.Digit | CharClass.Mark)) != 0;

    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length)
        {
            if ((Classes[text[i]] & CharClass.Digit) != 0)
            {
                i++;
            }
            else if ((text[i] == '.' || text[i] == ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // Every character of every draft is classified here, some several times: one table lookup
    // instead of the Unicode category calls, which take a slow path for Vietnamese letters.
    private static readonly CharClass[] Classes = BuildClasses();

    [Flags]
    private enum CharClass : byte
    {
        None = 0,
        Space = 1,
        Letter = 2,
        Digit = 4,
        Mark = 8,
    }

    private static CharClass[] BuildClasses()
    {
        var classes = new CharClass[char.MaxValue + 1];
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            classes[code] = (char.IsWhiteSpace(c) ? CharClass.Space : CharClass.None)
                | (char.IsLetter(c) ? CharClass.Letter : CharClass.None)
                | (char.IsDigit(c) ? CharClass.Digit : CharClass.None)
                | (IsMark(c) ? CharClass.Mark : CharClass.None);
        }

        return classes;
    }
}
