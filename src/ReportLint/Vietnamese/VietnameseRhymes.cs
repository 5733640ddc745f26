using System.Collections.Frozen;

namespace ReportLint.Vietnamese;

/// <summary>A rhyme as written (tone-less): the glide, the vowel nucleus and the final sound.</summary>
internal sealed record RhymeParts(string Glide, string Nucleus, string Coda)
{
    /// <summary>m, n, ng, nh, p, t, c, ch: as opposed to the semivowels i, y, o, u.</summary>
    public bool HasConsonantCoda => Coda.Length > 0 && Coda[0] is not ('i' or 'y' or 'o' or 'u');

    /// <summary>The stops p, t, c, ch, which allow only the sắc and nặng tones.</summary>
    public bool HasStopCoda => Coda is "p" or "t" or "c" or "ch";
}

/// <summary>
/// Every tone-less rhyme that standard Vietnamese spelling allows. Listing them, rather than
/// combining nuclei and codas freely, is what catches typos such as <c>ưc</c> beside <c>ươc</c>
/// being fine but <c>ic</c>, <c>ơng</c> or <c>ênng</c> not.
/// </summary>
internal static class VietnameseRhymes
{
    // glide | nucleus | allowed codas ("-" is the open syllable).
    private static readonly (string Glide, string Nucleus, string Codas)[] Spec =
    [
        ("", "a", "- m n ng nh p t c ch i y o u"),
        ("", "ă", "m n ng p t c"),
        ("", "â", "m n ng p t c y u"),
        ("", "e", "- m n ng p t c o"),
        ("", "ê", "- m n nh p t ch u"),
        ("", "i", "- m n nh p t ch u"),
        ("", "y", "-"),
        ("", "o", "- m n ng p t c i"),
        ("", "oo", "ng c"),
        ("", "ô", "- m n ng p t c i"),
        ("", "ơ", "- m n p t i"),
        ("", "u", "- m n ng p t c i"),
        ("", "ư", "- m n ng t c i u"),
        ("", "ia", "-"),
        ("", "iê", "m n ng p t c u"),
        ("", "yê", "m n ng t u"),
        ("", "ua", "-"),
        ("", "uô", "m n ng t c i"),
        ("", "ưa", "-"),
        ("", "ươ", "m n ng p t c i u"),
        ("o", "a", "- m n ng nh p t c ch i y o"),
        ("o", "ă", "m n ng t c"),
        ("o", "e", "- n t o"),
        ("u", "â", "n ng t y"),
        ("u", "ê", "- nh ch"),
        ("u", "y", "- t ch nh n p u"),
        ("u", "yê", "n t"),
        ("u", "ya", "-"),
        ("u", "ơ", "-"),
    ];

    private static readonly FrozenDictionary<string, RhymeParts> ByWritten = Build();

    /// <summary>Span lookup so that parsing a syllable allocates nothing.</summary>
    public static readonly FrozenDictionary<string, RhymeParts>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByWritten.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<string> All => ByWritten.Keys;

    private static FrozenDictionary<string, RhymeParts> Build()
    {
        var rhymes = new Dictionary<string, RhymeParts>(StringComparer.Ordinal);
        foreach (var (glide, nucleus, codas) in Spec)
        {
            foreach (var coda in codas.Split(' '))
            {
                var written = coda == "-" ? "" : coda;
                rhymes.Add(glide + nucleus + written, new RhymeParts(glide, nucleus, written));
            }
        }

        return rhymes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
