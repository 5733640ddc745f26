namespace ReportLint.Numbers.Relations;

/// <summary>
/// Relations recognised from a draft's structure rather than from a phrasing of the grammar: a
/// table's total row or column, and the shares of the rating levels a sentence pairs its figures
/// with. They go through <see cref="RelationChecker"/> like every relation the grammar recognises.
/// </summary>
internal static class StructuralRules
{
    /// <summary>A table's total cell and the cells of its row or column.</summary>
    public static readonly RelationRule TableTotal = new("bảng: ô tổng của dòng hoặc cột", [], RelationKind.Sum, Complete: true);

    /// <summary>A percentage column whose total says 100.</summary>
    public static readonly RelationRule TableShares = new("bảng: cột tỷ lệ có tổng 100%", [], RelationKind.Shares, Complete: true);

    /// <summary>Fractions of one denominator, each the share of a different rating level: at most the denominator.</summary>
    public static readonly RelationRule RatedFractions = new("mức xếp loại: các phân số cùng mẫu số", [], RelationKind.Sum, Complete: false) { Disjoint = true };

    /// <summary>The percentages of the rating levels: all four make 100 %, fewer stay under it.</summary>
    public static readonly RelationRule RatedShares = new("mức xếp loại: tỷ lệ các mức", [], RelationKind.Shares, Complete: false);

    public static readonly RelationRule RatedSharesAllLevels = RatedShares with { Complete = true };
}
