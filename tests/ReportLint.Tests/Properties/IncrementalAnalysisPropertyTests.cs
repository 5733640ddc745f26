using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Properties;

/// <summary>The law of <see cref="AnalysisCache"/>: analysing with it over any sequence of edits equals a fresh analysis of the final text.</summary>
public sealed class IncrementalAnalysisPropertyTests
{
    private static readonly string[] Seeds = [.. Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    // What editing a news draft inserts: words, figures that add up or not, duplicated words,
    // both tone-mark styles, line and paragraph breaks, whole paragraphs, Markdown structure.
    private static readonly Gen<string> Inserted = Gen.OneOf(
        Gen.Elements(
            "a", " ", "các ", "các các ", "hoà", "hòa", "uỷ", "ủy", "\n", "\n\n", ", ", ".", " ,", "..", "“", "”", "(", ")", " – ", " - ",
            "65", "21 Đảng bộ, 44 chi bộ", "86/101 bản, đạt 85,2%", "11/65 (16,9%)", "ngày 31/11/2024", "Thứ Năm, 16/01/2020", "05- CT/TW",
            "# Tiêu đề\n\n", "- mục một\n", "| Đơn vị | Số |\n|---|---|\n| A | 21 |\n| B | 44 |\n| Tổng | 65 |\n\n", "`x`", "[liên kết](http://x.vn)",
            "<!-- reportlint-disable-next-line -->\n", "Ban Chấp hành Trung ương", "Ban Chấp Hành Trung Ương", "Ủy ban nhân dân (UBND)", "UBND"),
        Gen.Elements(Seeds).SelectMany(seed => Gen.Elements(seed.Split('\n')).Select(line => $"\n{line}\n")));

    private static readonly Gen<Edit> Edits =
        from at in Gen.Choose(0, 1_000)
        from deleted in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 8)), (1, Gen.Choose(9, 400)))
        from inserted in Gen.Frequency((4, Inserted), (1, Gen.Constant(string.Empty)))
        select new Edit(at / 1_000.0, deleted, inserted);

    private static readonly Gen<EditScript> Scripts =
        from seed in Gen.Choose(0, Seeds.Length - 1)
        from twice in Gen.Elements(false, true)
        from path in Gen.Elements("draft.md", "draft.txt")
        from edits in Edits.ArrayOf().Select(e => e.Take(12).ToArray())
        select new EditScript(twice ? Seeds[seed] + "\n\n" + Seeds[seed] : Seeds[seed], path, edits);

    [Fact]
    public void Analysis_with_a_cache_equals_a_fresh_analysis_after_every_edit()
    {
        var property = Prop.ForAll(Scripts.ToArbitrary(), script =>
        {
            var cache = new AnalysisCache();
            var text = script.Start;
            var same = Snapshot(Analyze(text, script.Path, cache)) == Snapshot(Analyze(text, script.Path, null));
            foreach (var edit in script.Edits)
            {
                text = edit.ApplyTo(text);
                same &= Snapshot(Analyze(text, script.Path, cache)) == Snapshot(Analyze(text, script.Path, null));
            }

            return same;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }

    private static LintResult Analyze(string text, string path, AnalysisCache? cache) =>
        Lint.Engine.Analyze(DraftLoader.FromText(path, SourceText.From(text)), Lint.Loader.Defaults, cache: cache);

    /// <summary>Everything a client sees of a result, one line per diagnostic and figure check.</summary>
    private static string Snapshot(LintResult result) => string.Join(
        "\n",
        result.Diagnostics.Select(d =>
                $"{d.Id} {d.Severity} {d.Location.SourceSpan} {d.Location.GetLineSpan().Span} {d.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("vi"))} "
                + $"{d.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en"))} [{string.Join(", ", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))}] "
                + $"[{string.Join(", ", d.AdditionalLocations.Select(l => $"{l.SourceSpan} {l.GetLineSpan().Span}"))}]")
            .Concat(result.FigureChecks.Select(c => $"{c.RuleId} {c.Holds} [{string.Join(", ", c.Spans)}] {c.Vietnamese} {c.English}")));

    private sealed record EditScript(string Start, string Path, Edit[] Edits)
    {
        public override string ToString() => $"{Path}, {Start.Length} characters, edits: {string.Join("; ", Edits.Select(e => e.ToString()))}";
    }

    /// <summary>Replaces up to <see cref="Deleted"/> characters at a fraction of the text with <see cref="Inserted"/>.</summary>
    private sealed record Edit(double At, int Deleted, string Inserted)
    {
        public string ApplyTo(string text)
        {
            var start = (int)(At * text.Length);
            return text[..start] + Inserted + text[Math.Min(text.Length, start + Deleted)..];
        }
    }
}
