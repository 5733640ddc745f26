using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using ReportLint.Text;

namespace ReportLint.Vietnamese;

/// <summary>The ways Vietnamese text gets garbled on its way from an old document into a Unicode one.</summary>
internal enum LegacyEncoding
{
    /// <summary>UTF-8 bytes read as Windows-1252: <c>Äáº£ng</c>.</summary>
    Utf8AsWindows1252,

    /// <summary>Typed with a VNI font and pasted as Unicode: <c>Ñaûng</c>.</summary>
    Vni,

    /// <summary>Typed with a TCVN3 (ABC, .Vn) font and pasted as Unicode: <c>§¶ng</c>.</summary>
    Tcvn3,

    /// <summary>Windows-1258 (tone marks as separate bytes) read as Windows-1252: <c>ÐaÒng</c>.</summary>
    Cp1258AsWindows1252,
}

/// <summary>A run of garbled words and the text it most likely was.</summary>
internal readonly record struct MojibakeSpan(int Start, int Length, LegacyEncoding Encoding, string Repaired);

/// <summary>
/// Finds and repairs legacy-font and wrong-code-page mojibake. A word is suspect only when it is not
/// Vietnamese as it stands and becomes valid Vietnamese syllables once decoded; a finding further
/// needs three garbled characters, or two in one word, so that an isolated µ, ®, « or © stays silent.
/// </summary>
internal static class LegacyFontMojibake
{
    private const int MinimumMarksInRun = 3;
    private const int MinimumMarksInWord = 2;

    private static readonly LegacyEncoding[] Encodings =
        [LegacyEncoding.Utf8AsWindows1252, LegacyEncoding.Vni, LegacyEncoding.Tcvn3, LegacyEncoding.Cp1258AsWindows1252];

    // Where a garbled word can start: any Latin-1 or Windows-1252 high character.
    private static readonly SearchValues<char> HighCharacters = SearchValues.Create(
        string.Concat(LegacyEncodingTables.Windows1252Bytes.Keys));

    // Every character that Windows-1252 can show, plus the no-break space that can end a UTF-8 sequence.
    private static readonly SearchValues<char> GarbledAlphabet = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x80).Select(c => (char)c)) + string.Concat(LegacyEncodingTables.Windows1252Bytes.Keys));

    // Quotes and brackets around an otherwise clean word (“ông”) do not make it garbled.
    private static readonly SearchValues<char> NonLetters = SearchValues.Create("\"'“”‘’«»‹›()[]„‚…–—•");

    // Per encoding, the characters its decoding changes: most clean words contain none and are skipped at once.
    private static readonly SearchValues<char>[] ChangedBy = Encodings.Order().Select(encoding => SearchValues.Create(
        LegacyEncodingTables.Windows1252Bytes.Keys.Where(c => Repair(c.ToString(), encoding) != c.ToString()
            || (encoding == LegacyEncoding.Vni && LegacyEncodingTables.VniMarks.Contains(c))
            || (encoding == LegacyEncoding.Utf8AsWindows1252 && LegacyEncodingTables.Windows1252Bytes[c] is >= 0xC2 and < 0xF0)).ToArray())).ToArray();

    public static IReadOnlyList<MojibakeSpan> Scan(string text)
    {
        List<MojibakeSpan>? found = null;
        var segment = new List<Token>();
        var position = 0;
        while (NextToken(text, ref position, out var start, out var end))
        {
            var token = text.AsSpan(start, end - start);
            if (token.IndexOfAny(HighCharacters) < 0)
            {
                // Plain ASCII words read the same in every encoding: they neither make nor break a run.
                continue;
            }

            var classified = Classify(token, start, end);
            if (classified.Kind == TokenKind.Neutral)
            {
                continue;
            }

            if (classified.Kind == TokenKind.Clean)
            {
                FindRuns(text, segment, ref found);
                segment.Clear();
            }
            else
            {
                segment.Add(classified);
            }
        }

        FindRuns(text, segment, ref found);
        return found ?? (IReadOnlyList<MojibakeSpan>)[];
    }

    /// <summary>Decodes garbled text, leaving characters the encoding does not explain as they are.</summary>
    public static string Repair(string garbled, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => string.Create(garbled.Length, garbled, static (chars, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                chars[i] = LegacyEncodingTables.Tcvn3ToUnicode.GetValueOrDefault(text[i], text[i]);
            }
        }),
        LegacyEncoding.Vni => RepairVni(garbled),
        LegacyEncoding.Utf8AsWindows1252 => RepairByteWise(garbled, strictUtf8: true),
        _ => RepairByteWise(garbled, strictUtf8: false),
    };

    /// <summary>What Vietnamese text looks like after the given mishap; for fixtures and tests.</summary>
    public static string Garble(string text, LegacyEncoding encoding)
    {
        text = text.Normalize(NormalizationForm.FormC);
        switch (encoding)
        {
            case LegacyEncoding.Tcvn3:
                return string.Concat(text.Select(c =>
                    LegacyEncodingTables.UnicodeToTcvn3.TryGetValue(c, out var code) ? code
                    : LegacyEncodingTables.UnicodeToTcvn3.TryGetValue(CaseFolding.ToLower(c), out code) ? code
                    : c));
            case LegacyEncoding.Vni:
                return string.Concat(text.Select(c => LegacyEncodingTables.UnicodeToVni.GetValueOrDefault(c, c.ToString())));
            case LegacyEncoding.Utf8AsWindows1252:
                return LegacyEncodingTables.Windows1252.GetString(Encoding.UTF8.GetBytes(text));
            default:
                // Windows-1258 keeps ă, â, ê, ô, ơ, ư, đ whole but writes every tone as a combining mark.
                var toneApart = new StringBuilder();
                foreach (var c in text)
                {
                    if (VietnameseLetters.TryDecompose(c, out var baseLower, out var tone, out var upper) && tone != VietnameseTone.Ngang)
                    {
                        toneApart.Append(VietnameseLetters.Compose(baseLower, VietnameseTone.Ngang, upper)).Append(CombiningTones[(int)tone]);
                    }
                    else
                    {
                        toneApart.Append(c);
                    }
                }

                return LegacyEncodingTables.Windows1252.GetString(LegacyEncodingTables.Windows1258.GetBytes(toneApart.ToString()));
        }
    }

    private static readonly char[] CombiningTones = ['\0', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

    private enum TokenKind
    {
        /// <summary>Holds letters no garbling produces (ư, ạ), or no encoding makes it Vietnamese: ends any run.</summary>
        Clean,

        /// <summary>Vietnamese, and the same in some legacy form (VNI and Unicode share í, ì): neither makes nor breaks a run.</summary>
        Neutral,

        /// <summary>Not Vietnamese as it stands, Vietnamese once decoded: the evidence.</summary>
        Garbled,

        /// <summary>Vietnamese both ways (VNI thoáng is thống, TCVN3 cá is cỏ): joins a run, never starts one.</summary>
        Ambiguous,
    }

    /// <summary>A word with high characters; <see cref="Decodes"/> is a bit set of the encodings that make it Vietnamese.</summary>
    private readonly record struct Token(int Start, int End, TokenKind Kind, int Decodes, int Marks)
    {
        public bool DecodesAs(LegacyEncoding encoding) => (Decodes & (1 << (int)encoding)) != 0;
    }

    private static Token Classify(ReadOnlySpan<char> token, int start, int end)
    {
        if (token.ContainsAnyExcept(GarbledAlphabet))
        {
            return new Token(start, end, TokenKind.Clean, 0, 0);
        }

        var original = token.ToString();
        var decodes = 0;
        var marks = 0;
        foreach (var encoding in Encodings)
        {
            if (!token.ContainsAny(ChangedBy[(int)encoding]))
            {
                continue;
            }

            var core = Trim(original, encoding);
            if (core.Length == 0)
            {
                continue;
            }

            if (TryDecode(core, encoding, out _))
            {
                decodes |= 1 << (int)encoding;
                marks = Math.Max(marks, core.Count(c => c > '\u007F'));
            }
        }

        var kind = (decodes, IsVietnameseWord(TrimQuotes(original))) switch
        {
            (0, true) => TokenKind.Neutral,
            (0, false) => TokenKind.Clean,
            (_, true) => TokenKind.Ambiguous,
            _ => TokenKind.Garbled,
        };
        return new Token(start, end, kind, decodes, marks);
    }

    /// <summary>
    /// Splits a stretch of garbled and ambiguous words into runs of one encoding: each run starts and ends
    /// with garbled words of that encoding, grown over the ambiguous words that decode the same way.
    /// </summary>
    private static void FindRuns(string text, List<Token> segment, ref List<MojibakeSpan>? found)
    {
        var i = 0;
        var floor = 0;
        while (i < segment.Count)
        {
            if (segment[i].Kind != TokenKind.Garbled)
            {
                i++;
                continue;
            }

            var encoding = Encodings.First(segment[i].DecodesAs);
            var first = i;
            for (var previous = i - 1; previous >= floor && segment[previous].Kind != TokenKind.Garbled; previous--)
            {
                if (segment[previous].DecodesAs(encoding))
                {
                    first = previous;
                }
            }

            // Ambiguous words that this encoding does not explain are Vietnamese as they stand: step over them.
            var last = i;
            var marks = 0;
            var mostInWord = 0;
            for (var next = i; next < segment.Count; next++)
            {
                var token = segment[next];
                if (token.DecodesAs(encoding))
                {
                    last = next + 1;
                    if (token.Kind == TokenKind.Garbled)
                    {
                        marks += token.Marks;
                        mostInWord = Math.Max(mostInWord, token.Marks);
                    }
                }
                else if (token.Kind == TokenKind.Garbled)
                {
                    break;
                }
            }

            if (marks >= MinimumMarksInRun || mostInWord >= MinimumMarksInWord)
            {
                var start = segment[first].Start;
                var end = segment[last - 1].End;
                (found ??= []).Add(new MojibakeSpan(start, end - start, encoding, RepairRun(text[start..end], encoding)));
            }

            i = floor = last;
        }
    }

    /// <summary>
    /// Whether decoding changes the word into Vietnamese. A strict UTF-8 decode is evidence enough, even of
    /// a lone quote (â€œ is “); the 8-bit fonts must yield Vietnamese letters.
    /// </summary>
    private static bool TryDecode(string core, LegacyEncoding encoding, out string repaired)
    {
        repaired = core.Length == 0 ? core : Repair(core, encoding);
        if (repaired == core)
        {
            return false;
        }

        var word = TrimQuotes(repaired);
        return encoding == LegacyEncoding.Utf8AsWindows1252
            ? word.IsEmpty || IsVietnameseWord(word)
            : IsVietnameseWord(word) && Diacritics.HasVietnameseDiacritics(word);
    }

    private static ReadOnlySpan<char> TrimQuotes(ReadOnlySpan<char> word)
    {
        var start = word.IndexOfAnyExcept(NonLetters);
        return start < 0 ? [] : word[start..(word.LastIndexOfAnyExcept(NonLetters) + 1)];
    }

    /// <summary>Drops quotes and the like around a word, unless the encoding uses them as letters.</summary>
    private static string Trim(string token, LegacyEncoding encoding)
    {
        if (encoding == LegacyEncoding.Utf8AsWindows1252)
        {
            // Every high character can be part of a UTF-8 sequence (“ is the tail of ồ).
            return token;
        }

        bool IsPart(char c) => char.IsAsciiLetter(c) || encoding switch
        {
            LegacyEncoding.Tcvn3 => LegacyEncodingTables.Tcvn3ToUnicode.ContainsKey(c),
            LegacyEncoding.Vni => LegacyEncodingTables.VniMarks.Contains(c),
            _ => c is >= '\u00C0' and <= '\u00FF',
        };

        var start = 0;
        var end = token.Length;
        while (start < end && !IsPart(token[start]))
        {
            start++;
        }

        while (end > start && !IsPart(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }

    /// <summary>One or more valid syllables (any case) joined by hyphens.</summary>
    private static bool IsVietnameseWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        foreach (var range in word.Split('-'))
        {
            if (!VietnameseSyllable.IsValid(word[range]))
            {
                return false;
            }
        }

        return true;
    }

    private static string RepairVni(string garbled)
    {
        var builder = new StringBuilder(garbled.Length);
        var span = garbled.AsSpan();
        for (var i = 0; i < span.Length;)
        {
            if (i + 1 < span.Length && LegacyEncodingTables.VniLookup.TryGetValue(span.Slice(i, 2), out var pair))
            {
                builder.Append(pair);
                i += 2;
            }
            else
            {
                builder.Append(LegacyEncodingTables.VniLookup.TryGetValue(span.Slice(i, 1), out var single) ? single : span[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>Back to the bytes Windows-1252 showed, then decoded as UTF-8 (strictly) or Windows-1258.</summary>
    private static string RepairByteWise(string garbled, bool strictUtf8)
    {
        var bytes = new byte[garbled.Length];
        for (var i = 0; i < garbled.Length; i++)
        {
            var c = garbled[i];
            if (c < '\u0080')
            {
                bytes[i] = (byte)c;
            }
            else if (!LegacyEncodingTables.Windows1252Bytes.TryGetValue(c, out bytes[i]))
            {
                return garbled;
            }
        }

        if (!strictUtf8)
        {
            return LegacyEncodingTables.Windows1258.GetString(bytes).Normalize(NormalizationForm.FormC);
        }

        return DecodeUtf8(bytes) ?? RestoreDroppedBytes([.. bytes], restored: 0) ?? garbled;
    }

    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        return Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            ? new string(chars, 0, written)
            : null;
    }

    /// <summary>
    /// Windows-1252 shows nothing for 0x81, 0x8D, 0x8F, 0x90, 0x9D, and copies often drop them, leaving
    /// Đ (C4 90), ọ (E1 BB 8D), ỏ, ờ, ề one byte short: try each in each gap, keep the first Vietnamese word.
    /// </summary>
    private static string? RestoreDroppedBytes(List<byte> bytes, int restored)
    {
        var gap = restored < MaximumRestoredBytes ? FindMissingContinuation(bytes) : -1;
        if (gap < 0)
        {
            return null;
        }

        foreach (var candidate in (ReadOnlySpan<byte>)[0x81, 0x8D, 0x8F, 0x90, 0x9D])
        {
            bytes.Insert(gap, candidate);
            var decoded = DecodeUtf8(CollectionsMarshal.AsSpan(bytes));
            if (decoded is not null && IsVietnameseWord(decoded))
            {
                return decoded;
            }

            var deeper = RestoreDroppedBytes(bytes, restored + 1);
            if (deeper is not null)
            {
                return deeper;
            }

            bytes.RemoveAt(gap);
        }

        return null;
    }

    private const int MaximumRestoredBytes = 2;

    /// <summary>Where a multi-byte sequence lacks a continuation byte; -1 if none, or if the bytes are not UTF-8-like at all.</summary>
    private static int FindMissingContinuation(List<byte> bytes)
    {
        for (var i = 0; i < bytes.Count;)
        {
            var lead = bytes[i];
            var length = lead switch
            {
                < 0x80 => 1,
                >= 0xC2 and < 0xE0 => 2,
                >= 0xE0 and < 0xF0 => 3,
                _ => 0,
            };
            if (length == 0)
            {
                return -1;
            }

            for (var j = 1; j < length; j++)
            {
                if (i + j >= bytes.Count || bytes[i + j] is < 0x80 or > 0xBF)
                {
                    // Only the last byte goes missing: a three-byte lead with nothing after it is a real
                    // letter (là, cá), not a truncated sequence.
                    return j == length - 1 ? i + j : -1;
                }
            }

            i += length;
        }

        return -1;
    }

    /// <summary>A word: a stretch of text without white space (a no-break space can be a UTF-8 tail byte) or ASCII punctuation.</summary>
    private static bool NextToken(string text, ref int position, out int start, out int end)
    {
        while (position < text.Length && !IsTokenChar(text, position))
        {
            position++;
        }

        start = position;
        while (position < text.Length && IsTokenChar(text, position))
        {
            position++;
        }

        end = position;
        return end > start;
    }

    private static bool IsTokenChar(string text, int index)
    {
        var c = text[index];
        if (c == '\u00A0')
        {
            // à is C3 A0 in UTF-8, Ạ is E1 BA A0 and Ỡ is E1 BB A0: shown as Ã, º, » and a no-break space.
            return index > 0 && text[index - 1] is 'Ã' or 'º' or '»';
        }

        return char.IsAsciiLetter(c) || (c > '\u007F' && !char.IsWhiteSpace(c));
    }

    /// <summary>Repairs the garbled words of a run one by one, keeping the text between them.</summary>
    private static string RepairRun(string original, LegacyEncoding encoding)
    {
        var builder = new StringBuilder(original.Length);
        var position = 0;
        var copied = 0;
        while (NextToken(original, ref position, out var start, out var end))
        {
            var token = original[start..end];
            var core = Trim(token, encoding);
            if (!TryDecode(core, encoding, out var repaired))
            {
                continue;
            }

            var coreStart = start + token.IndexOf(core, StringComparison.Ordinal);
            builder.Append(original, copied, coreStart - copied).Append(repaired);
            copied = coreStart + core.Length;
        }

        return builder.Append(original, copied, original.Length - copied).ToString();
    }
}
