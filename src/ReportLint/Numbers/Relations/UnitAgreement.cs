namespace ReportLint.Numbers.Relations;

/// <summary>
/// Whether two figures count the same kind of thing. A phrase with more modifiers is a kind of its
/// head (<c>câu lạc bộ thể thao</c> is a <c>câu lạc bộ</c>, <c>hộ nghèo</c> a <c>hộ</c>), the
/// vocabulary's umbrella terms cover their parts, and a figure written without a unit
/// (<c>nam 20, nữ 22</c>) borrows the unit of the figure it is compared with.
/// </summary>
public static class UnitAgreement
{
    public static bool Agree(NumberMention a, NumberMention b, UnitVocabulary vocabulary)
    {
        if (a.Kind == NumberKind.Money || b.Kind == NumberKind.Money)
        {
            return a.Kind == b.Kind && Currency(a) == Currency(b);
        }

        if (a.Unit is null || b.Unit is null)
        {
            return true;
        }

        if (a.Unit.Definition is { } x && b.Unit.Definition is { } y
            && (ReferenceEquals(x, y) || vocabulary.IsPartOf(x, y) || vocabulary.IsPartOf(y, x)
                || vocabulary.IsPartOf(vocabulary.ReadAsPartOf(x, y), y) || vocabulary.IsPartOf(vocabulary.ReadAsPartOf(y, x), x)))
        {
            return true;
        }

        return Head(a.Unit.Text) == Head(b.Unit.Text);
    }

    /// <summary>The first word of a unit phrase, the noun the rest modifies.</summary>
    public static string Head(string unitPhrase)
    {
        var text = unitPhrase.AsSpan().Trim();
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return FigureTokenizer.Normalize(text[..end].ToString());
    }

    private static string Currency(NumberMention money) => money.Unit?.Definition?.BaseUnit ?? money.Unit?.Definition?.Name ?? "";
}
