using ReportLint.Numbers.Claims;

namespace ReportLint.Numbers.Relations;

/// <summary>
/// Turns the grammar's matches in one paragraph into relations between figures that count the same
/// kind of thing, dropping what the units say cannot be meant (a level below the total, another unit).
/// </summary>
internal static class RelationReader
{
    private const int ShareReachSentences = 2;
    private const decimal SharesWindow = 10;
    private const decimal ApproximateDenominator = 5;
    private const int MaxBareLabelWords = 2;
    private const int MaxWholeCandidates = 200;

    public static IReadOnlyList<FigureRelation> Read(BlockFigures figures, RelationGrammar grammar)
    {
        var tokens = FigureTokenizer.Tokenize(figures);
        var matcher = new RelationMatcher(tokens, grammar.NamePrefixes);
        var relations = new List<FigureRelation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var percents = new HashSet<Microsoft.CodeAnalysis.Text.TextSpan>();
        var shares = new List<PatternMatch>();
        foreach (var rule in grammar.Rules)
        {
            foreach (var match in matcher.Matches(rule))
            {
                if (rule.Kind == RelationKind.Share)
                {
                    shares.Add(match);
                    continue;
                }

                var relation = Build(match, figures, grammar);
                if (relation is not null && seen.Add(Key(relation)))
                {
                    relations.Add(relation);
                    if (relation.Kind == RelationKind.Ratio)
                    {
                        percents.Add(relation.One("percent")!.Span);
                    }
                }
            }
        }

        // A figure given its own share ("11.731 căn, chiếm 49,4%") is a part, never the whole of another
        // share in its sentence; a later sentence may share it out ("dư tín dụng 84.235 tỷ (chiếm 67,48% …). … nợ xấu 2,6 tỷ, chiếm 0,003%").
        var sharedParts = shares.Select(m => m.All("part")[^1].Mention.Span).ToHashSet();
        var sums = SumIndex.Of(relations);
        foreach (var match in shares)
        {
            var relation = Share(match, figures, sums, grammar, sharedParts);
            if (relation is not null && seen.Add(Key(relation)) && percents.Add(relation.One("percent")!.Span))
            {
                relations.Add(relation);
            }
        }

        return relations;
    }

    private static string Key(FigureRelation relation) => string.Join(',', relation.Operands.Select(o => o.Role + o.Number.Span.Start).Order(StringComparer.Ordinal));

    private static FigureRelation? Build(PatternMatch match, BlockFigures figures, RelationGrammar grammar) => match.Rule.Kind switch
    {
        RelationKind.Sum => Sum(match, figures.Vocabulary, grammar),
        RelationKind.Ratio => Ratio(match, figures.Vocabulary, grammar),
        RelationKind.Change => Change(match, figures, grammar) is { } change ? change with { Direction = DirectionBefore(figures.Text, change.One("diff")!.Span.Start, grammar) } : null,
        RelationKind.Multiple => Multiple(match, figures.Vocabulary, grammar),
        RelationKind.ChangeRate => ChangeRate(match, figures, grammar),
        RelationKind.Average => Average(match, figures, grammar),
        RelationKind.CountItems => CountItems(match),
        RelationKind.Shares => Shares(match, figures, grammar),
        _ => null,
    };

    private static FigureRelation? Sum(PatternMatch match, UnitVocabulary vocabulary, RelationGrammar grammar)
    {
        var total = match.One("total")?.Mention;
        if (total is null || !IsAmount(total) || IsNotAdditive(total, grammar))
        {
            return null;
        }

        // A figure of the level below the total (chi bộ trực thuộc under tổ chức cơ sở đảng) is kept
        // apart: the checker accepts the listing with or without it, as a reader may count it either way.
        var parts = new List<Operand>();
        var listed = new List<BoundFigure>();
        NumberMention? firstWithUnit = null;
        foreach (var part in match.All("part"))
        {
            if (!IsAmount(part.Mention) || IsNotAdditive(part.Mention, grammar) || !(UnitAgreement.Covers(total, part.Mention, vocabulary, grammar) || IsDimensionValue(part.Mention, grammar))
                || (part.Mention.Unit is null && part.Label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxBareLabelWords))
            {
                // A bare number after a long lead ("nhà thầu gói 4") names something; it is no part.
                break;
            }

            // Without a unit on the total, the parts must at least count one kind of thing among themselves.
            if (total.Unit is null && part.Mention.Unit is not null)
            {
                firstWithUnit ??= part.Mention;
                if (!UnitAgreement.Agree(firstWithUnit, part.Mention, vocabulary, grammar))
                {
                    break;
                }
            }

            var below = part.Mention.Unit?.Definition is { } unit && total.Unit?.Definition is { } whole && vocabulary.IsBelow(unit, whole);
            parts.Add(Operand.Of(below ? "below" : "part", part.Mention));
            listed.Add(part);
        }

        var complete = match.Rule.Complete || CoversDimension(listed, grammar) || CoversUnit(total, parts.Where(p => p.Role == "part"), vocabulary);
        if (parts.Count < (complete ? 2 : 1) || parts.All(p => p.Role == "below") || (match.Rule.Weak && !complete))
        {
            return null;
        }

        return new FigureRelation(RelationKind.Sum, match.Rule, [Operand.Of("total", total), .. parts], complete);
    }

    /// <summary>"15 nam và 5 nữ" under "21 đối tượng": a value of a dimension written where a unit would be.</summary>
    private static bool IsDimensionValue(NumberMention part, RelationGrammar grammar) =>
        part.Unit is { } unit && grammar.Dimensions.Values.Any(values => values.Contains(FigureTokenizer.Normalize(unit.Text.Trim())));

    /// <summary>+1 or −1 from the last direction word within three words before a stated change, 0 when none.</summary>
    private static int DirectionBefore(string text, int position, RelationGrammar grammar)
    {
        var end = position;
        for (var words = 0; words < 3 && end > 0; words++)
        {
            var wordEnd = end;
            while (wordEnd > 0 && !char.IsLetter(text[wordEnd - 1]))
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = FigureTokenizer.Normalize(text[wordStart..wordEnd]);
            if (grammar.Rises.Contains(word))
            {
                return 1;
            }

            if (grammar.Falls.Contains(word))
            {
                return -1;
            }

            end = wordStart;
        }

        return 0;
    }

    private static bool CoversUnit(NumberMention total, IEnumerable<Operand> parts, UnitVocabulary vocabulary)
    {
        if (total.Unit?.Definition is not { Parts.Count: > 0 } whole)
        {
            return false;
        }

        var covered = parts.Select(p => p.Mention.Unit?.Definition).OfType<UnitDefinition>()
            .Select(u => vocabulary.ReadAsPartOf(u, whole))
            .SelectMany(u => u.Parts.Count == 0 ? [u] : vocabulary.LeafPartsOf(u))
            .ToHashSet();
        return vocabulary.LeafPartsOf(whole).All(covered.Contains);
    }

    private static bool CoversDimension(List<BoundFigure> parts, RelationGrammar grammar)
    {
        var words = parts.Select(p => " " + p.Label + " " + (p.Mention.Unit is { } u ? FigureTokenizer.Normalize(u.Text) : "") + " ").ToList();
        return grammar.Dimensions.Values.Any(values => values.All(v => words.Any(w => w.Contains(" " + v + " ", StringComparison.Ordinal))));
    }

    private static FigureRelation? Ratio(PatternMatch match, UnitVocabulary vocabulary, RelationGrammar grammar)
    {
        var part = match.One("part")?.Mention;
        var percent = match.One("percent")?.Mention;
        if (part is null || percent is null || match.All("part").Count > 1)
        {
            return null;
        }

        if (part.Kind == NumberKind.Fraction && part.Denominator is { } denominator)
        {
            if (part.Number.Value == 1 && denominator.Value <= ApproximateDenominator)
            {
                // "chiếm 1/3 thị trường (31,3%)": one half, a third, a quarter are said loosely.
                return null;
            }

            var whole = new Operand("whole", denominator, denominator.Span, part, FigureInterval.Of(denominator, part, denominator.Value), Operand.ScaleOf(part));
            return new FigureRelation(RelationKind.Ratio, match.Rule, [Operand.Of("part", part), whole, Operand.Of("percent", percent)], true);
        }

        var stated = match.One("whole")?.Mention;
        return stated is not null && IsAmount(part) && IsAmount(stated) && UnitAgreement.Agree(part, stated, vocabulary, grammar)
            ? new FigureRelation(RelationKind.Ratio, match.Rule, [Operand.Of("part", part), Operand.Of("whole", stated), Operand.Of("percent", percent)], true)
            : null;
    }

    /// <summary>
    /// A share's whole is a total stated before it: the total of a listing the part belongs to, or an
    /// earlier figure of the same unit in the sentence or the two before; every candidate is kept and
    /// the checker accepts the share when one of them explains it.
    /// </summary>
    private static FigureRelation? Share(PatternMatch match, BlockFigures figures, SumIndex sums, RelationGrammar grammar, HashSet<Microsoft.CodeAnalysis.Text.TextSpan> sharedParts)
    {
        var percent = match.One("percent")!.Mention;
        // A list that starts with a total ("5.764 lượt, trong đó 855 …, chiếm 15,1%") shares only what follows it.
        var parts = match.All("part").Select(p => p.Mention).SkipWhile(p => sums.Totals.Contains(p.Span)).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var last = parts[^1];
        var wholes = parts.SelectMany(p => sums.TotalsOfPart.TryGetValue(p.Span, out var totals) ? totals : []).ToList();
        if (last.Unit is null && wholes.Count == 0)
        {
            return null;
        }

        var sentence = figures.SentenceIndexOf(parts[0].Span.Start);
        var reach = figures.Sentences[Math.Max(0, sentence - ShareReachSentences)].Start;
        var sum = parts.Sum(p => p.BaseValue);
        // An earlier figure is taken for the whole only when the text presents it as one ("có 41 …", "tổng số 1.250 …").
        wholes.AddRange(QuantitiesBetween(figures, reach, parts[0].Span.Start).Where(m => IsAmount(m) && (m.Unit is not null || m.Multiplier > 1)
            && m.BaseValue > last.BaseValue && !(sharedParts.Contains(m.Span) && figures.SentenceIndexOf(m.Span.Start) == sentence)
            && PresentedAsWhole(figures, m, grammar)));
        wholes = [.. wholes.Where(w => parts.All(p => IsAmount(p) && UnitAgreement.Agree(p, w, figures.Vocabulary, grammar)))];
        if (wholes.Count == 0 || sum <= 0)
        {
            return null;
        }

        return new FigureRelation(RelationKind.Share, match.Rule,
            [.. parts.Select(p => Operand.Of("part", p)), .. wholes.Distinct().Select(w => Operand.Of("whole", w)), Operand.Of("percent", percent)], true);
    }

    private static FigureRelation? Change(PatternMatch match, BlockFigures figures, RelationGrammar grammar)
    {
        var vocabulary = figures.Vocabulary;
        var before = match.One("before")?.Mention;
        var after = match.One("after")?.Mention;
        var diff = match.One("diff")?.Mention;
        if (before is null || after is null || diff is null || before.Kind == NumberKind.Fraction || after.Kind == NumberKind.Fraction
            || diff.RangeEnd is not null || FigureContext.OpensWithLevelWord(figures.Text, diff, grammar))
        {
            // "tăng từ 17,0 lên 18,0 và … tăng từ 21,0 lên 23,0": a figure after "từ" is the next change's level, not this one's amount.
            return null;
        }

        // "từ 1,3 lên 2,1 tỷ USD": a bare level before its pair borrows the pair's unit and scale.
        var bare = before.Kind == NumberKind.Count && before.Unit is null && before.Multiplier == 1 && IsAmount(after) && after.Unit is not null;
        var percentages = before.Kind == NumberKind.Percentage && after.Kind == NumberKind.Percentage;
        var amounts = IsLevel(before) && IsLevel(after) && (bare || UnitAgreement.Agree(before, after, vocabulary, grammar));
        var diffFits = diff.Kind == NumberKind.Percentage || IsPoints(diff) || (amounts && IsLevel(diff) && UnitAgreement.Agree(diff, after, vocabulary, grammar));
        var beforeOperand = bare ? Operand.In("before", before, Operand.ScaleOf(after)) : Level("before", before, diff);
        return (percentages || amounts) && diffFits && before.BaseValue > 0
            ? new FigureRelation(RelationKind.Change, match.Rule, [beforeOperand, Level("after", after, diff), DiffOperand(diff, after)], true)
            : null;
    }

    /// <summary>"36 vụ, giảm 10 vụ (giảm 21,7%)": the level before is the level after less the stated direction of the amount.</summary>
    private static FigureRelation? ChangeRate(PatternMatch match, BlockFigures figures, RelationGrammar grammar)
    {
        var after = match.One("after")?.Mention;
        var diff = match.One("diff")?.Mention;
        var rate = match.One("rate")?.Mention;
        if (after is null || diff is null || rate is null || !IsLevel(after) || !IsLevel(diff) || !IsExactLevel(after) || after.Unit is null
            || !(diff.Unit is null || UnitAgreement.Agree(diff, after, figures.Vocabulary, grammar)))
        {
            return null;
        }

        // The direction word opens the change, before its amount or its rate, whichever is written first.
        var direction = DirectionBefore(figures.Text, Math.Min(diff.Span.Start, rate.Span.Start), grammar);
        return direction == 0
            ? null
            : new FigureRelation(RelationKind.ChangeRate, match.Rule, [Operand.Of("after", after), DiffOperand(diff, after), Operand.Of("rate", rate)], true) { Direction = direction };
    }

    private static FigureRelation? Multiple(PatternMatch match, UnitVocabulary vocabulary, RelationGrammar grammar)
    {
        var before = match.One("before")?.Mention;
        var after = match.One("after")?.Mention;
        var factor = match.One("factor")?.Mention;
        return before is not null && after is not null && factor is { Kind: NumberKind.Count } && (factor.Unit is null || UnitAgreement.Head(factor.Unit.Text, grammar) == "lần") && IsLevel(before) && IsLevel(after)
            && UnitAgreement.Agree(before, after, vocabulary, grammar) && before.BaseValue > 0
            ? new FigureRelation(RelationKind.Multiple, match.Rule, [Operand.Of("before", before), Operand.Of("after", after), Operand.Of("factor", factor)], true)
            : null;
    }

    /// <summary>
    /// "53% dự báo tăng, 24% giảm và 23% đi ngang": percentages listed together are shares of one whole
    /// when they come near 100 (within <see cref="SharesWindow"/>), none is a change ("tăng 5%, 7%") and
    /// none is a part of another ("90% …, trong đó 20% …").
    /// </summary>
    private static FigureRelation? Shares(PatternMatch match, BlockFigures figures, RelationGrammar grammar)
    {
        var shares = match.All("percent");
        var first = shares.Count > 0 ? shares[0].Mention : null;
        if (first is null || shares.Count < 2 || shares.Any(s => !s.Mention.IsExact)
            || shares.Select(s => s.Label).Append(FigureTokenizer.Normalize(figures.WordBefore(first.Span.Start)))
                .Any(label => label.Split(' ').Any(w => grammar.Rises.Contains(w) || grammar.Falls.Contains(w) || grammar.ChangeLevels.Contains(w)))
            || shares.Any(s => s.Label.Contains("trong", StringComparison.Ordinal))
            || Enumerable.Range(0, 3).Any(k => grammar.Respectively.Contains(FigureTokenizer.Normalize(figures.WordBefore(first.Span.Start, k)))))
        {
            return null;
        }

        // Under 100 the rest may simply be unlisted, unless a "còn lại" or a whole dimension says the list is complete.
        var total = shares.Sum(s => s.Mention.Number.Value);
        var complete = CoversDimension([.. shares], grammar);
        return Math.Abs(total - 100) <= SharesWindow
            ? new FigureRelation(RelationKind.Shares, match.Rule, [.. shares.Select(s => Operand.Of("percent", s.Mention))], complete)
            : null;
    }

    /// <summary>"4 đơn vị gồm A, B, C và D": the count against the names listed, each name an operand worth one.</summary>
    private static FigureRelation? CountItems(PatternMatch match)
    {
        var count = match.One("count")?.Mention;
        var items = match.All("item");
        return count is null || items.Count < 2
            ? null
            : new FigureRelation(RelationKind.CountItems, match.Rule,
                [Operand.Of("count", count), .. items.Select(i => new Operand("item", i.Mention.Number, i.Mention.Span, i.Mention, FigureInterval.Exactly(1), 1))], true);
    }

    private static FigureRelation? Average(PatternMatch match, BlockFigures figures, RelationGrammar grammar)
    {
        var total = match.One("total")?.Mention;
        var count = match.One("count")?.Mention;
        var mean = match.One("mean")?.Mention;
        if (total is not null && count is not null && count.BaseValue > total.BaseValue)
        {
            // "64 lớp cho 3.840 hội viên, mỗi lớp 60 người": the larger figure is the one shared out.
            (total, count) = (count, total);
        }

        // The mean is of what the total counts ("64 lớp cho 3.840 hội viên, mỗi lớp 60 người"): "cao 9 m với 6 làn xe (mỗi bên 3 làn)" shares out no metres.
        return total is not null && count is not null && mean is not null && IsAmount(total) && count.Kind == NumberKind.Count && IsAmount(mean) && count.BaseValue > 0
            && (total.Unit is null || mean.Unit is null || UnitAgreement.Covers(total, mean, figures.Vocabulary, grammar))
            ? new FigureRelation(RelationKind.Average, match.Rule, [Operand.Of("total", total), Operand.Of("count", count), Operand.Of("mean", mean)], true)
            : null;
    }

    /// <summary>
    /// Percentages compared in a change are read at the finest precision the sentence writes ("từ 6%
    /// xuống 4,69%, giảm 1,41 điểm": 6% is 6,00%), as a reader subtracts them; amounts keep their own.
    /// </summary>
    private static Operand Level(string role, NumberMention level, NumberMention diff)
    {
        var operand = Operand.Of(role, level);
        if (level.Kind != NumberKind.Percentage || level.Exactness != Exactness.Exact || level.RangeEnd is not null)
        {
            return operand;
        }

        var unit = 1m;
        for (var i = 0; i < Math.Max(level.Number.Decimals, diff.Number.Decimals); i++)
        {
            unit /= 10;
        }

        return operand with { Interval = new FigureInterval(operand.Value - (unit / 2), operand.Value + (unit / 2)) };
    }

    /// <summary>
    /// The quantities that lie wholly between two positions, found by binary search (a paragraph may hold
    /// thousands); a sentence may run on for pages (a list read as prose), so only the nearest
    /// <see cref="MaxWholeCandidates"/> before <paramref name="to"/> are candidate wholes.
    /// </summary>
    private static IEnumerable<NumberMention> QuantitiesBetween(BlockFigures figures, int from, int to)
    {
        var quantities = figures.Quantities;
        var low = FirstStartingAt(quantities, from);
        var end = FirstStartingAt(quantities, to);
        for (var i = Math.Max(low, end - MaxWholeCandidates); i < end; i++)
        {
            if (quantities[i].Span.End <= to)
            {
                yield return quantities[i];
            }
        }
    }

    private static int FirstStartingAt(System.Collections.Immutable.ImmutableArray<NumberMention> quantities, int position)
    {
        var low = 0;
        var high = quantities.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (quantities[middle].Span.Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>"giảm 27" beside 128 → 101 bản, "tăng 1,7" beside amounts in tỷ đồng: a bare amount is in the unit of the figures it compares.</summary>
    private static Operand DiffOperand(NumberMention diff, NumberMention after) =>
        diff.Kind == NumberKind.Count && diff.Unit is null && after.Kind != NumberKind.Percentage
            ? Operand.In("diff", diff, Operand.ScaleOf(after))
            : Operand.Of("diff", diff);

    /// <summary>"5 độ", "5,7 độ richter": magnitudes and grades do not add up.</summary>
    public static bool IsNotAdditive(NumberMention mention, RelationGrammar grammar) =>
        mention.Unit is { } unit && grammar.NotAdditive.Contains(UnitAgreement.Head(unit.Text, grammar));

    public static bool IsPoints(NumberMention mention) => mention.Unit?.Definition?.Kind == UnitKind.PercentagePoint;

    /// <summary>
    /// A figure the text presents as a whole: a cue just before it ("có 41 …", "tổng số 1.250 …"), or a
    /// "tổng" opening the noun phrase that names it ("tổng số dư tín dụng 84.235 tỷ").
    /// </summary>
    private static bool PresentedAsWhole(BlockFigures figures, NumberMention figure, RelationGrammar grammar)
    {
        if (grammar.TotalCues.Contains(FigureTokenizer.Normalize(figures.WordBefore(figure.Span.Start))))
        {
            return true;
        }

        for (var k = 1; k < MaxWholeNameWords; k++)
        {
            var word = FigureTokenizer.Normalize(figures.WordBefore(figure.Span.Start, k));
            if (word.Length == 0)
            {
                return false;
            }

            if (grammar.WholeOpeners.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxWholeNameWords = 6;

    private static bool IsAmount(NumberMention mention) => mention.Kind is NumberKind.Count or NumberKind.Money && !IsPoints(mention);

    private static bool IsExactLevel(NumberMention mention) => mention.Kind == NumberKind.Rate ? mention.Exactness == Exactness.Exact && mention.RangeEnd is null : mention.IsExact;

    /// <summary>A level or an amount of a change: an amount, or a price per something.</summary>
    private static bool IsLevel(NumberMention mention) => IsAmount(mention) || mention.Kind == NumberKind.Rate;

    /// <summary>The sums of a paragraph by their figures, so that each share finds its listing without a search.</summary>
    private sealed record SumIndex(HashSet<Microsoft.CodeAnalysis.Text.TextSpan> Totals, Dictionary<Microsoft.CodeAnalysis.Text.TextSpan, List<NumberMention>> TotalsOfPart)
    {
        public static SumIndex Of(IEnumerable<FigureRelation> relations)
        {
            var index = new SumIndex([], []);
            foreach (var sum in relations.Where(r => r.Kind == RelationKind.Sum))
            {
                var total = sum.One("total")!.Mention;
                index.Totals.Add(total.Span);
                foreach (var part in sum.Operands.Skip(1))
                {
                    if (!index.TotalsOfPart.TryGetValue(part.Span, out var totals))
                    {
                        index.TotalsOfPart[part.Span] = totals = [];
                    }

                    totals.Add(total);
                }
            }

            return index;
        }
    }
}
