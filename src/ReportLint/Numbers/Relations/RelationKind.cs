namespace ReportLint.Numbers.Relations;

/// <summary>The claim a phrasing makes about its figures; the checker knows one arithmetic law per kind.</summary>
internal enum RelationKind
{
    /// <summary>Parts add up to a total (or stay under it when the listing is partial).</summary>
    Sum,

    /// <summary>part / whole × 100 = percent, the whole written beside the part (<c>86/101</c>, <c>86 trên tổng số 101</c>).</summary>
    Ratio,

    /// <summary>part / whole × 100 = percent, the whole a total stated before in the paragraph.</summary>
    Share,

    /// <summary>A change from before to after, by an amount or a percentage.</summary>
    Change,

    /// <summary>A change given by its amount and its rate, with the level after it ("giảm 10 vụ (21,7%) còn 36 vụ"): rate = amount / (after ∓ amount).</summary>
    ChangeRate,

    /// <summary>after = factor × before.</summary>
    Multiple,

    /// <summary>total / count = mean.</summary>
    Average,

    /// <summary>Percentages of one whole, listed together, that add up to 100.</summary>
    Shares,

    /// <summary>A count against the names listed after it ("4 đơn vị gồm A, B, C và D").</summary>
    CountItems,
}
