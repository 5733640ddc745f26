using System.Collections.Immutable;

namespace ReportLint.Numbers.Claims;

/// <summary>How a listed figure stands to the total it is listed under.</summary>
public enum PartRole
{
    /// <summary>One of the units that split the total (<c>21 đảng bộ</c> under <c>65 tổ chức cơ sở đảng</c>).</summary>
    Part,

    /// <summary>The same unit as the total, one slice of it (<c>8 tỷ đồng vốn tỉnh</c> of <c>12 tỷ đồng</c>).</summary>
    Slice,

    /// <summary>The level below, listed as a sibling of the parts (<c>, 300 chi bộ trực thuộc</c>): the author may or may not count it.</summary>
    BelowListed,

    /// <summary>The level below, attached to the part before it (<c>21 đảng bộ cơ sở với 300 chi bộ trực thuộc</c>): never counted.</summary>
    BelowAttached,
}

public sealed record ListedFigure(NumberMention Mention, PartRole Role)
{
    public decimal Value => Mention.BaseValue;
}

/// <summary>
/// <c>X đơn vị gồm / bao gồm / với / trong đó / : A, B và C</c>: a total and the figures listed
/// under it, each with the role the unit vocabulary gives it.
/// </summary>
public sealed record PartList(NumberMention Total, ImmutableArray<ListedFigure> Items)
{
    public IEnumerable<ListedFigure> Counted => Items.Where(i => i.Role is PartRole.Part or PartRole.Slice);

    public IEnumerable<ListedFigure> BelowListed => Items.Where(i => i.Role == PartRole.BelowListed);
}
