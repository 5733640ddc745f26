using Microsoft.CodeAnalysis.Text;

namespace ReportLint.FiguresEval;

/// <summary>Runs the labels of one split and prints the tables; with verbose, every miss and false alarm too.</summary>
internal sealed class EvalReport(bool verbose)
{
    public void Run(string split, IReadOnlyList<Label> labels, string articleFolder, Evaluation evaluation)
    {
        var articles = new Dictionary<string, (Article Article, Linted Original)>();
        var outcomes = new List<Outcome>();
        var invalid = new List<string>();
        foreach (var label in labels)
        {
            if (!articles.TryGetValue(label.File, out var entry))
            {
                var article = new Article(label.File, File.ReadAllText(Path.Combine(articleFolder, label.File)));
                entry = articles[label.File] = (article, evaluation.Lint(label.File, article.Text));
            }

            var spans = label.Figures.Select(f => entry.Article.Locate(f.Line ?? label.Line, f.Column, f.Text)).ToList();
            if (spans.Any(s => s is null) || spans.Count == 0 || (label.Perturb is { } p && (p.Figure < 0 || p.Figure >= spans.Count)))
            {
                invalid.Add($"{label.Origin} {label.File}:{label.Line} figures not found where the label says");
                continue;
            }

            outcomes.Add(Judge(label, [.. spans.Select(s => s!.Value)], entry.Article, entry.Original, labels, evaluation));
        }

        Print(split, outcomes, invalid, articles);
    }

    private static Outcome Judge(Label label, List<TextSpan> spans, Article article, Linted original, IReadOnlyList<Label> all, Evaluation evaluation)
    {
        var wrongFigures = all.Where(l => l.Wrong && l.File == label.File)
            .SelectMany(l => l.Figures.Select(f => article.Locate(f.Line ?? l.Line, f.Column, f.Text)))
            .OfType<TextSpan>().ToList();
        var onOriginal = original.FindingsOn(spans, label.IsTempting ? 2 : 1)
            .Where(f => label.Wrong || !Linted.SpansOf(f).Any(s => wrongFigures.Any(s.OverlapsWith))).ToList();
        var outcome = new Outcome(label, original.Recognises(spans), onOriginal.Select(original.Describe).ToList());
        if (label.Holds)
        {
            var target = spans[label.Perturb!.Figure];
            var shift = label.Perturb.To.Length - target.Length;
            var moved = spans.Select(s => s.Start > target.Start ? new TextSpan(s.Start + shift, s.Length) : s == target ? new TextSpan(s.Start, label.Perturb.To.Length) : s).ToList();
            var perturbed = evaluation.Lint(label.File, article.With(target, label.Perturb.To));
            var findings = perturbed.FindingsOn(moved, 1);
            outcome = outcome with { Caught = findings.Length > original.FindingsOn(spans, 1).Length, PerturbedFindings = [.. findings.Select(perturbed.Describe)] };
        }

        return outcome;
    }

    private void Print(string split, List<Outcome> outcomes, List<string> invalid, Dictionary<string, (Article Article, Linted Original)> articles)
    {
        Console.WriteLine($"== {split}: {articles.Count} articles, {outcomes.Count} labels{(invalid.Count > 0 ? $", {invalid.Count} labels not found in the text" : "")}");
        Console.WriteLine($"{"relation type",-14} {"n",5} {"recognised",11} {"caught",11} {"false alarm",12}");
        var holding = outcomes.Where(o => o.Label.Holds).ToList();
        foreach (var group in holding.GroupBy(o => o.Label.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            PrintRow(group.Key, [.. group]);
        }

        PrintRow("all", holding);
        var tempting = outcomes.Where(o => o.Label.IsTempting).ToList();
        Console.WriteLine($"{"tempting",-14} {"n",5} {"flagged",11}");
        foreach (var group in tempting.GroupBy(o => o.Label.Why ?? "other").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{group.Key,-14} {group.Count(),5} {Ratio(group.Count(o => o.OnOriginal.Count > 0), group.Count()),11}");
        }

        Console.WriteLine($"{"all",-14} {tempting.Count,5} {Ratio(tempting.Count(o => o.OnOriginal.Count > 0), tempting.Count),11}");
        var wrong = outcomes.Where(o => o.Label.Wrong).ToList();
        Console.WriteLine($"errors the authors made: {wrong.Count(o => o.OnOriginal.Count > 0)} of {wrong.Count} found");
        var labelled = outcomes.GroupBy(o => o.Label.File).ToDictionary(g => g.Key, g => g.SelectMany(o => o.Label.Figures.Select(f => articles[g.Key].Article.Locate(f.Line ?? o.Label.Line, f.Column, f.Text))).OfType<TextSpan>().ToList());
        var unlabelled = articles.Values.SelectMany(a => a.Original.Findings
            .Where(f => !Linted.SpansOf(f).Any(s => labelled.GetValueOrDefault(a.Article.Name, []).Any(s.OverlapsWith)))
            .Select(f => $"{a.Article.Name}:{a.Original.Describe(f)}")).ToList();
        Console.WriteLine($"findings on the unchanged articles that touch no labelled figure (to read): {unlabelled.Count}");
        if (verbose)
        {
            PrintDetails(holding, tempting, wrong, unlabelled, invalid);
        }

        Console.WriteLine();
    }

    private static void PrintDetails(List<Outcome> holding, List<Outcome> tempting, List<Outcome> wrong, List<string> unlabelled, List<string> invalid)
    {
        foreach (var miss in holding.Where(o => !o.Caught))
        {
            Console.WriteLine($"  miss {(miss.Recognised ? "(recognised)" : "(unrecognised)")} {miss.Label.Type} {miss.Label.Origin} {miss.Label.File}:{miss.Label.Line} «{miss.Label.Note}» [{string.Join(", ", miss.Label.Figures.Select(f => f.Text))}] perturbed {miss.Label.Figures[miss.Label.Perturb!.Figure].Text}→{miss.Label.Perturb.To}");
        }

        foreach (var alarm in holding.Concat(tempting).Where(o => o.OnOriginal.Count > 0))
        {
            Console.WriteLine($"  false alarm {alarm.Label.Type}{(alarm.Label.Why is { } w ? "/" + w : "")} {alarm.Label.Origin} {alarm.Label.File}:{alarm.Label.Line} «{alarm.Label.Note}»: {string.Join(" | ", alarm.OnOriginal)}");
        }

        foreach (var error in wrong)
        {
            Console.WriteLine($"  author error {(error.OnOriginal.Count > 0 ? "found" : "missed")} {error.Label.Type} {error.Label.Origin} {error.Label.File}:{error.Label.Line} «{error.Label.Note}»");
        }

        unlabelled.ForEach(u => Console.WriteLine($"  unlabelled finding {u}"));
        invalid.ForEach(i => Console.WriteLine($"  invalid {i}"));
    }

    private static void PrintRow(string name, List<Outcome> group) =>
        Console.WriteLine($"{name,-14} {group.Count,5} {Ratio(group.Count(o => o.Recognised), group.Count),11} {Ratio(group.Count(o => o.Caught), group.Count),11} {Ratio(group.Count(o => o.OnOriginal.Count > 0), group.Count),12}");

    private static string Ratio(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:0.0}%";

    public void Density(string folder, Evaluation evaluation)
    {
        long words = 0;
        long relations = 0;
        long failing = 0;
        var files = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            var article = new Article(Path.GetFileName(file), File.ReadAllText(file));
            var linted = evaluation.Lint(article.Name, article.Text);
            words += article.Words;
            relations += linted.Checks.Length;
            failing += linted.Findings.Length;
            if (verbose)
            {
                linted.Findings.ToList().ForEach(f => Console.WriteLine($"  {article.Name}:{linted.Describe(f)}"));
            }
        }

        Console.WriteLine($"{Path.GetFileName(folder)}: {files.Count} articles, {words:N0} words, {relations} relations checked ({10000.0 * relations / Math.Max(1, words):0.0} per 10,000 words), {failing} findings ({10000.0 * failing / Math.Max(1, words):0.00} per 10,000 words)");
    }
}

internal sealed record Outcome(Label Label, bool Recognised, List<string> OnOriginal)
{
    public bool Caught { get; init; }

    public List<string> PerturbedFindings { get; init; } = [];
}
