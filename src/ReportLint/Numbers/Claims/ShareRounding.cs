namespace ReportLint.Numbers.Claims;

/// <summary>
/// How far rounded shares may stray from 100: half-up rounding lifts each by up to half its last
/// place, truncation lowers each by up to a whole one. Shares of an incomplete classification need
/// only stay under 100.
/// </summary>
internal static class ShareRounding
{
    public static bool AddsUpToHundred(IReadOnlyCollection<WrittenNumber> shares, bool complete)
    {
        var sum = shares.Sum(s => s.Value);
        var above = shares.Sum(s => HalfUnit(s.Decimals));
        return sum <= 100 + above && (!complete || sum >= 100 - (2 * above));
    }

    /// <summary>Half the last written place: 0,05 for one decimal.</summary>
    public static decimal HalfUnit(int decimals)
    {
        var unit = 1m;
        for (var k = 0; k < decimals; k++)
        {
            unit /= 10;
        }

        return unit / 2;
    }
}
