using System.Text;

namespace ReportLint.Vietnamese;

/// <summary>
/// Spellings writers mistake for one another (s/x, ch/tr, l/n, final n/ng, hỏi/ngã, a/ă/â...), from
/// <c>Vietnamese/Lexicon/confusions.txt</c>: a syllable's confusions are the spellings one change of
/// one group away from it. <c>scripts/nearword-eval</c> reads the same file to plant them.
/// </summary>
internal sealed class SyllableConfusions
{
    private static readonly Lazy<SyllableConfusions> Loaded = new(Load);

    private static readonly string[] ToneNames = ["ngang", "huyền", "sắc", "hỏi", "ngã", "nặng"];

    private readonly List<(string Kind, string[] Spellings)> _groups;

    private SyllableConfusions(List<(string Kind, string[] Spellings)> groups) => _groups = groups;

    public static SyllableConfusions Shared => Loaded.Value;

    /// <summary>Every spelling one confusion away from a lower-case syllable (new tone placement); some are no syllable at all.</summary>
    public IEnumerable<string> Of(string syllable)
    {
        var (bare, tone, at) = SplitTone(syllable);
        foreach (var (kind, spellings) in _groups)
        {
            switch (kind)
            {
                case "initial":
                    foreach (var typed in spellings.OrderByDescending(s => s.Length))
                    {
                        if (bare.StartsWith(typed, StringComparison.Ordinal) && bare.Length > typed.Length && IsVowel(bare[typed.Length]))
                        {
                            foreach (var other in spellings.Where(s => s != typed))
                            {
                                yield return WithTone(other + bare[typed.Length..], tone, at + other.Length - typed.Length);
                            }

                            break;
                        }
                    }

                    break;
                case "final":
                    foreach (var typed in spellings.OrderByDescending(s => s.Length))
                    {
                        if (bare.EndsWith(typed, StringComparison.Ordinal) && bare.Length > typed.Length && IsVowel(bare[^(typed.Length + 1)]))
                        {
                            foreach (var other in spellings.Where(s => s != typed))
                            {
                                yield return WithTone(bare[..^typed.Length] + other, tone, at);
                            }

                            break;
                        }
                    }

                    break;
                case "tone":
                    if (spellings.Contains(ToneNames[(int)tone]))
                    {
                        foreach (var other in spellings.Where(s => s != ToneNames[(int)tone]))
                        {
                            yield return WithTone(bare, (VietnameseTone)Array.IndexOf(ToneNames, other), at);
                        }
                    }

                    break;
                case "vowel":
                    for (var i = 0; i < bare.Length; i++)
                    {
                        var letter = bare[i].ToString();
                        if (spellings.Contains(letter))
                        {
                            foreach (var other in spellings.Where(s => s != letter))
                            {
                                yield return WithTone(string.Concat(bare.AsSpan(0, i), other, bare.AsSpan(i + 1)), tone, at);
                            }
                        }
                    }

                    break;
                default:
                    if (spellings.Contains(syllable))
                    {
                        foreach (var other in spellings.Where(s => s != syllable))
                        {
                            yield return other;
                        }
                    }

                    break;
            }
        }
    }

    private static bool IsVowel(char c) => "aăâeêioôơuưy".Contains(c, StringComparison.Ordinal);

    /// <summary>The syllable without its tone mark, its tone, and the index of the letter that bore it.</summary>
    private static (string Bare, VietnameseTone Tone, int At) SplitTone(string syllable)
    {
        var bare = new StringBuilder(syllable.Length);
        var tone = VietnameseTone.Ngang;
        var at = -1;
        foreach (var c in syllable)
        {
            if (VietnameseLetters.TryDecompose(c, out var baseLower, out var letterTone, out _))
            {
                if (letterTone != VietnameseTone.Ngang)
                {
                    (tone, at) = (letterTone, bare.Length);
                }

                bare.Append(baseLower);
            }
            else
            {
                bare.Append(c);
            }
        }

        return (bare.ToString(), tone, at);
    }

    private static string WithTone(string bare, VietnameseTone tone, int at)
    {
        if (tone == VietnameseTone.Ngang || at < 0 || at >= bare.Length)
        {
            return bare;
        }

        var letters = bare.ToCharArray();
        letters[at] = VietnameseLetters.Compose(letters[at], tone, upper: false);
        return new string(letters);
    }

    private static SyllableConfusions Load() =>
        new(VietnameseLexicon.Lines("confusions.txt")
            .Select(line => line.Split('\t'))
            .Select(fields => (fields[0], fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList());
}
