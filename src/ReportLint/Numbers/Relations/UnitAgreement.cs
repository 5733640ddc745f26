namespace ReportLint.Numbers.Relations;

/// <summary>
/// Whether two figures count the same kind of thing. A phrase with more modifiers is a kind of its
/// head (<c>câu lạc bộ thể thao</c> is a <c>câu lạc bộ</c>, <c>hộ nghèo</c> a <c>hộ</c>), the
/// vocabulary's umbrella terms cover their parts, and a figure written without a unit
/// (<c>nam 20, nữ 22</c>) borrows the unit of the figure it is compared with.
/// </summary>
internal static class UnitAgreement
{
    public static bool Agree(NumberMention a, NumberMention b, UnitVocabulary vocabulary, RelationGrammar grammar)
    {
        if (a.Kind == NumberKind.Rate || b.Kind == NumberKind.Rate)
        {
            return RatesAgree(a, b, grammar);
        }

        if (a.Kind == NumberKind.Money || b.Kind == NumberKind.Money)
        {
            // "tổng số dư tín dụng 84.235 tỷ": an amount in tỷ or triệu without its currency is the money beside it.
            return (a.Kind == b.Kind && Currency(a) == Currency(b)) || IsBareScaled(a) || IsBareScaled(b);
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

        return Head(a.Unit.Text, grammar) == Head(b.Unit.Text, grammar);
    }

    /// <summary>
    /// A total counted in an umbrella noun (<c>189 người</c>, <c>5 trường hợp</c>) may be split into
    /// parts of any kind of it (<c>2 phi công và 6 tiếp viên</c>, <c>1 Chi cục trưởng</c>); the other way
    /// round, a part counted in an umbrella noun refers back to the total's own kind (<c>16 nhà phân
    /// tích. Trong đó, 10 người …</c>).
    /// </summary>
    public static bool Covers(NumberMention total, NumberMention part, UnitVocabulary vocabulary, RelationGrammar grammar) =>
        Agree(total, part, vocabulary, grammar)
        || (total.Kind == NumberKind.Count && part.Kind == NumberKind.Count && total.Unit is { } unit && grammar.Umbrellas.Contains(Head(unit.Text, grammar)))
        || (total.Kind == NumberKind.Count && part.Kind == NumberKind.Count && total.Unit is not null && total.Unit.Definition?.Kind != UnitKind.Measure && part.Unit is { } partUnit && grammar.Umbrellas.Contains(Head(partUnit.Text, grammar)));

    /// <summary>The first word of a unit phrase after a classifier (<c>lượt khách</c> is counted in <c>khách</c>), the noun the rest modifies.</summary>
    public static string Head(string unitPhrase, RelationGrammar grammar) => grammar.HeadOf(unitPhrase);

    /// <summary>
    /// Two prices per the same thing ("đồng/lít"), or a price and a change of it written without the
    /// "per" ("giảm 10,1 USD … 1.244,2 USD/ounce"): the amounts before the slash must agree.
    /// </summary>
    private static bool RatesAgree(NumberMention a, NumberMention b, RelationGrammar grammar)
    {
        if (a.Unit is null || b.Unit is null || (a.Per is not null && b.Per is not null && a.Per != b.Per))
        {
            return false;
        }

        var (x, y) = (a.Unit.Definition, b.Unit.Definition);
        return x is not null && y is not null ? ReferenceEquals(x, y) || (Currency(a) == Currency(b) && Currency(a).Length > 0) : Head(a.Unit.Text, grammar) == Head(b.Unit.Text, grammar);
    }

    private static bool IsBareScaled(NumberMention mention) => mention.Kind == NumberKind.Count && mention.Unit is null && mention.Multiplier > 1;

    private static string Currency(NumberMention money) => money.Unit?.Definition?.BaseUnit ?? money.Unit?.Definition?.Name ?? "";
}
