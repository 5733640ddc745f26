namespace ReportLint.Numbers.Relations;

/// <summary>What the checker decided about a relation.</summary>
internal enum VerdictKind
{
    Holds,
    Fails,

    /// <summary>Recognised but deliberately not judged; <see cref="Verdict.Reason"/> says why.</summary>
    NotJudged,
}

/// <summary>Why a recognised relation was not judged, for <c>--explain-figures</c>.</summary>
internal enum NotJudgedReason
{
    None,

    /// <summary>A figure is hedged ("khoảng", "gần"): số ước lượng.</summary>
    Estimate,

    /// <summary>A partial listing ("trong đó") that stays under its total: liệt kê chưa đủ.</summary>
    PartialListing,
}

/// <summary>
/// The checker's decision on one relation, with the value the law gives (<see cref="Expected"/>) in
/// the unit of <see cref="Stated"/>, the operand it is compared with, so a rule can say
/// "86/101 là 85,1%, không phải 85,2%" without computing anything itself.
/// </summary>
/// <remarks>Law: For a change: whether the amount was read as a difference, a percent change or percentage points.</remarks>
internal sealed record Verdict(FigureRelation Relation, VerdictKind Kind, NotJudgedReason Reason, Operand Stated, decimal Expected, ChangeLaw Law = ChangeLaw.Difference)
{
    public bool Holds => Kind == VerdictKind.Holds;
}

/// <summary>How a stated change relates before and after.</summary>
internal enum ChangeLaw
{
    Difference,
    Percent,
    Points,
}
