using System.Collections.Frozen;
using ReportLint.Text;

namespace ReportLint.Vietnamese;

/// <summary>
/// One written Vietnamese syllable split into (onset)(glide)(nucleus)(coda) + tone, for instance
/// <c>nghiêng</c> = ngh + iê + ng, <c>quyết</c> = q + u + yê + t + sắc, <c>gìn</c> = g + i + n + huyền.
/// Parsing is case-insensitive and expects NFC text; a syllable that does not parse breaks the
/// phonotactics of standard Vietnamese spelling (a typo, a foreign word or an acronym).
/// </summary>
internal readonly struct VietnameseSyllable
{
    /// <summary>Longer than <c>nghiêng</c>/<c>nghiếng</c> (7) cannot be one syllable.</summary>
    public const int MaxLength = 7;

    // Longest first, so that "ngh" wins over "ng" and "gh" over "g".
    private static readonly string[] Onsets =
    [
        "ngh",
        "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];

    private VietnameseSyllable(string onset, RhymeParts rhyme, bool quGlide, VietnameseTone tone, int toneMarkIndex, int vowelStart)
    {
        Onset = onset;
        Glide = quGlide ? "u" : rhyme.Glide;
        Nucleus = rhyme.Nucleus;
        Coda = rhyme.Coda;
        Tone = tone;
        ToneMarkIndex = toneMarkIndex;
        VowelStart = vowelStart;
        HasConsonantCoda = rhyme.HasConsonantCoda;
    }

    /// <summary>Initial consonant as written (<c>ngh</c>, <c>gi</c>, <c>q</c> for <c>qu</c>), or empty.</summary>
    public string Onset { get; }

    /// <summary>The labial glide, written <c>o</c> (hoa) or <c>u</c> (huy, quả), or empty.</summary>
    public string Glide { get; }

    /// <summary>Main vowel, tone-less: one letter or a diphthong (iê, ia, yê, ya, uô, ua, ươ, ưa, oo).</summary>
    public string Nucleus { get; }

    /// <summary>Final consonant or semivowel (m, n, ng, nh, p, t, c, ch, i, y, o, u), or empty.</summary>
    public string Coda { get; }

    public VietnameseTone Tone { get; }

    /// <summary>Index of the letter carrying the tone mark, or -1 for ngang.</summary>
    public int ToneMarkIndex { get; }

    /// <summary>Index of the first letter after the onset that can carry the tone (after <c>qu</c>/<c>gi</c>).</summary>
    internal int VowelStart { get; }

    internal bool HasConsonantCoda { get; }

    /// <summary>True when the open rhymes oa, oe, uy make the two tone-mark styles differ.</summary>
    internal bool HasStyleDependentMark => Coda.Length == 0 && Onset != "q"
        && (Glide, Nucleus) is ("o", "a") or ("o", "e") or ("u", "y");

    /// <summary>
    /// Same answer as <see cref="TryParse"/>, but one hash lookup: the parser's whole language (every
    /// onset, rhyme and tone placement it accepts, some 20,000 spellings) is enumerated once, because
    /// the rules call this for every word of every draft.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[MaxLength];
        for (var i = 0; i < text.Length; i++)
        {
            lower[i] = CaseFolding.ToLower(text[i]);
        }

        return ValidSpellings.Value.Contains(lower[..text.Length]);
    }

    // A HashSet, not a FrozenSet: freezing 20,000 strings cost about as much as enumerating them,
    // paid by every process that checks a draft, and the lookups are no faster for it.
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> ValidSpellings =
        new(() => new HashSet<string>(EnumerateValidSpellings(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Onset + rhyme (or + rhyme without its glide, for qu), with each tone on each letter, kept if the parser accepts it.</summary>
    private static IEnumerable<string> EnumerateValidSpellings()
    {
        var buffer = new char[MaxLength];
        foreach (var onset in Onsets.Append(""))
        {
            foreach (var rhyme in VietnameseRhymes.All)
            {
                foreach (var rest in (string[])[rhyme, rhyme[1..]])
                {
                    var spelling = onset + rest;
                    if (spelling.Length == 0 || spelling.Length > MaxLength)
                    {
                        continue;
                    }

                    if (TryParse(spelling, out _))
                    {
                        yield return spelling;
                    }

                    for (var position = onset.Length > 0 ? 1 : 0; position < spelling.Length; position++)
                    {
                        foreach (var tone in (VietnameseTone[])[VietnameseTone.Huyen, VietnameseTone.Sac, VietnameseTone.Hoi, VietnameseTone.Nga, VietnameseTone.Nang])
                        {
                            spelling.CopyTo(buffer);
                            buffer[position] = VietnameseLetters.Compose(spelling[position], tone, upper: false);
                            var toned = buffer.AsSpan(0, spelling.Length);
                            if (toned[position] != spelling[position] && TryParse(toned, out _))
                            {
                                yield return toned.ToString();
                            }
                        }
                    }
                }
            }
        }
    }

    public static bool TryParse(ReadOnlySpan<char> text, out VietnameseSyllable syllable)
    {
        syllable = default;
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        Span<char> letters = stackalloc char[MaxLength];
        var tone = VietnameseTone.Ngang;
        var toneIndex = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!VietnameseLetters.TryDecompose(text[i], out letters[i], out var letterTone, out _))
            {
                return false;
            }

            if (letterTone != VietnameseTone.Ngang)
            {
                if (toneIndex >= 0)
                {
                    return false;
                }

                tone = letterTone;
                toneIndex = i;
            }
        }

        return TryParseToneless(text, letters[..text.Length], tone, toneIndex, out syllable);
    }

    private static bool TryParseToneless(ReadOnlySpan<char> text, ReadOnlySpan<char> letters, VietnameseTone tone, int toneIndex, out VietnameseSyllable syllable)
    {
        syllable = default;
        var onset = MatchOnset(letters);
        var rest = letters[onset.Length..];
        RhymeParts? rhyme;
        var quGlide = false;
        switch (onset)
        {
            case "qu":
                rhyme = MatchRhymeAfterQu(rest);
                onset = "q";
                quGlide = true;
                break;
            case "gi" when !VietnameseRhymes.Lookup.TryGetValue(rest, out rhyme):
                // gìn, giếng: the i belongs to the rhyme (in, iêng), the onset is g.
                onset = "g";
                rest = letters[1..];
                VietnameseRhymes.Lookup.TryGetValue(rest, out rhyme);
                break;
            default:
                if (!OnsetFits(onset, rest))
                {
                    return false;
                }

                VietnameseRhymes.Lookup.TryGetValue(rest, out rhyme);
                break;
        }

        if (rhyme is null || !RhymeFitsOnset(onset, rhyme))
        {
            return false;
        }

        if (rhyme.HasStopCoda && tone is not (VietnameseTone.Sac or VietnameseTone.Nang))
        {
            return false;
        }

        var vowelStart = quGlide ? 2 : onset.Length;
        var candidate = new VietnameseSyllable(onset, rhyme, quGlide, tone, toneIndex, vowelStart);
        if (toneIndex >= 0
            && toneIndex != candidate.MarkIndex(text, ToneMarkStyle.Old)
            && toneIndex != candidate.MarkIndex(text, ToneMarkStyle.New))
        {
            return false;
        }

        syllable = candidate;
        return true;
    }

    private static string MatchOnset(ReadOnlySpan<char> letters)
    {
        foreach (var onset in Onsets)
        {
            if (letters.StartsWith(onset, StringComparison.Ordinal) && letters.Length > onset.Length)
            {
                return onset;
            }
        }

        return "";
    }

    /// <summary>k, gh, ngh go before front vowels only; c, g, ng never do.</summary>
    private static bool OnsetFits(string onset, ReadOnlySpan<char> rest)
    {
        var first = rest[0];
        var front = first is 'i' or 'e' or 'ê';
        return onset switch
        {
            "k" => front || first == 'y',
            "gh" or "ngh" => front,
            "c" or "ng" => !front && first != 'y',
            "g" => first is not ('e' or 'ê' or 'y'),
            _ => true,
        };
    }

    /// <summary>iê is spelled yê with no onset, and iê after one (yên, tiên; never iên, tyên).</summary>
    private static bool RhymeFitsOnset(string onset, RhymeParts rhyme) => rhyme.Nucleus switch
    {
        "iê" => onset.Length > 0,
        "yê" => onset.Length == 0 || rhyme.Glide.Length > 0,
        _ => true,
    };

    /// <summary>
    /// After q the glide is always written u: qua (oa), quen (oen), quân (uân), quy (uy). Some words
    /// keep a plain rhyme after qu (quên, quốc, quắp, quạu, quoắt, the older quí): accepted too.
    /// </summary>
    private static RhymeParts? MatchRhymeAfterQu(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return null;
        }

        var glide = rest[0] switch
        {
            'a' or 'ă' or 'e' => 'o',
            'â' or 'ê' or 'y' or 'ơ' => 'u',
            _ => '\0',
        };
        if (glide != '\0')
        {
            Span<char> glided = stackalloc char[MaxLength + 1];
            glided[0] = glide;
            rest.CopyTo(glided[1..]);
            if (VietnameseRhymes.Lookup.TryGetValue(glided[..(rest.Length + 1)], out var rhyme) && rhyme.Glide.Length > 0)
            {
                return rhyme;
            }
        }

        return rest[0] is not ('u' or 'ư' or 'y')
            && VietnameseRhymes.Lookup.TryGetValue(rest, out var plain)
            && (rest[0] != 'o' || plain.Glide == "o")
            ? plain
            : null;
    }

    /// <summary>
    /// Where the tone mark goes in <paramref name="text"/> (this syllable as written) under a style:
    /// on the last vowel with a quality mark (ươ → ơ, uyê → ê); else on the last vowel before a final
    /// consonant; else by position (oai → a); the open oa, oe, uy are the only rhymes where the styles differ.
    /// </summary>
    internal int MarkIndex(ReadOnlySpan<char> text, ToneMarkStyle style)
    {
        var end = text.Length - (HasConsonantCoda ? Coda.Length : 0);
        var vowels = text[VowelStart..end];
        for (var i = vowels.Length - 1; i >= 0; i--)
        {
            VietnameseLetters.TryDecompose(vowels[i], out var baseLetter, out _, out _);
            if (VietnameseLetters.HasQualityMark(baseLetter))
            {
                return VowelStart + i;
            }
        }

        var offset = vowels.Length switch
        {
            _ when HasConsonantCoda => vowels.Length - 1,
            3 => 1,
            2 when HasStyleDependentMark && style == ToneMarkStyle.New => 1,
            _ => 0,
        };
        return VowelStart + offset;
    }
}
