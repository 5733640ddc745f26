using FsCheck;
using FsCheck.Fluent;
using ReportLint.Numbers;

namespace ReportLint.Tests.Rules.Arithmetic;

/// <summary>
/// Drafts generated from templates: with consistent figures no arithmetic rule speaks; with one
/// figure of one sentence moved beyond any rounding, exactly that sentence's rule does.
/// </summary>
public sealed class ArithmeticPropertyTests
{
    private static readonly Gen<Template> Templates = Gen.OneOf(
        from xa in Gen.Choose(2, 400)
        from thiTran in Gen.Choose(1, 30)
        select new Template("RL1001", (wrong, place) =>
            $"Huyện {place} có {N(xa + thiTran)} đơn vị hành chính cấp xã, gồm {N(xa + (wrong ? 1 : 0))} xã và {N(thiTran)} thị trấn."),
        from denominator in Gen.Choose(20, 5000)
        from numerator in Gen.Choose(1, 5000)
        where numerator <= denominator
        select new Template("RL1002", (wrong, _) =>
            $"Có {N(numerator)}/{N(denominator)} người tham gia bảo hiểm y tế, đạt {Percent(numerator, denominator, wrong ? 0.2m : 0)}%."),
        from excellent in Gen.Choose(1, 300)
        from good in Gen.Choose(1, 300)
        from done in Gen.Choose(1, 300)
        select new Template("RL1004", (wrong, _) =>
            $"Có {Tenths(excellent)}% đoàn viên hoàn thành xuất sắc nhiệm vụ, {Tenths(good + (wrong ? 10 : 0))}% hoàn thành tốt nhiệm vụ, "
            + $"{Tenths(done)}% hoàn thành nhiệm vụ và {Tenths(1000 - excellent - good - done)}% không hoàn thành nhiệm vụ."),
        from households in Gen.Choose(100, 20000)
        from poor in Gen.Choose(1, 10000)
        where poor * 2 <= households
        select new Template("RL1005", (wrong, place) =>
            $"Xã {place} có {N(households)} hộ, trong đó có {N(poor)} hộ nghèo, chiếm {Percent(poor, households, wrong ? 0.3m : 0)}%."),
        from before in Gen.Choose(50, 5000)
        from after in Gen.Choose(1, 5000)
        where after < before
        select new Template("RL1006", (wrong, _) =>
            $"Số hộ nghèo giảm từ {N(before)} hộ xuống còn {N(after)} hộ, giảm {N(before - after + (wrong ? 1 : 0))} hộ."));

    [Fact]
    public void Consistent_figures_give_no_arithmetic_finding() =>
        Prop.ForAll(Drafts.ToArbitrary(), templates =>
            ArithmeticTestEngine.Findings(Draft(templates, wrongAt: -1)) is var findings
            && findings.Count == 0 ? true.ToProperty() : false.Label(string.Join("; ", findings)))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void One_perturbed_figure_gives_exactly_its_rule() =>
        Prop.ForAll(Drafts.Where(d => d.Count > 0).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (templates, pick) =>
        {
            var wrongAt = pick % templates.Count;
            var findings = ArithmeticTestEngine.Findings(Draft(templates, wrongAt));
            return (findings.Count == 1 && findings[0].Id == templates[wrongAt].RuleId).Label(string.Join("; ", findings));
        })
        .QuickCheckThrowOnFailure();

    // Each paragraph speaks of its own commune: two drafts' worth of "Xã An Bình có … hộ" would rightly be RL1008.
    private static readonly string[] Places = ["An Bình", "Tân Phú", "Hòa Lợi", "Phước Long", "Thạnh Mỹ", "Đông Hải", "Bình Minh", "Quảng Tây"];

    private static readonly Gen<List<Template>> Drafts = Templates.ListOf().Select(t => t.Take(Places.Length).ToList());

    private static string Draft(IReadOnlyList<Template> templates, int wrongAt) =>
        string.Join("\n\n", templates.Select((t, i) => t.Write(i == wrongAt, Places[i])));

    private static string N(int value) => VietnameseNumberFormat.Format(value, 0);

    private static string Tenths(int tenths) => VietnameseNumberFormat.Format(tenths / 10m, 1);

    // The right percentage at one decimal, or one moved beyond every usual rounding of it.
    private static string Percent(int numerator, int denominator, decimal shift) =>
        VietnameseNumberFormat.Format(Math.Round(numerator * 100m / denominator, 1, MidpointRounding.AwayFromZero) + shift, 1);

    private sealed record Template(string RuleId, Func<bool, string, string> Write)
    {
        public override string ToString() => Write(false, Places[0]);
    }
}
