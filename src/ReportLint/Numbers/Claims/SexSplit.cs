namespace ReportLint.Numbers.Claims;

/// <summary>The two-way split by sex (<c>620 học sinh nam và 580 học sinh nữ</c>), which is exhaustive whatever the unit.</summary>
public static class SexSplit
{
    public static bool Covers(IReadOnlyList<ListedFigure> slices) =>
        slices.Count == 2
        && ((Says(slices[0], "nam") && Says(slices[1], "nữ")) || (Says(slices[0], "nữ") && Says(slices[1], "nam")));

    private static bool Says(ListedFigure slice, string sex) =>
        slice.Mention.Unit is { } unit && unit.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(sex);
}
