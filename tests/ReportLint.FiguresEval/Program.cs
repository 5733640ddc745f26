using System.Text.Json;
using ReportLint.FiguresEval;

// Measures the figures rules on hand-labelled relations in real news (tests/figures-eval):
// recall on perturbed copies, false alarms on the originals and on tempting non-relations, per
// relation type and split, and recognised relations per 10,000 words on the shared corpora.
var options = EvalOptions.Parse(args);
var labels = LabelSet.Read(options.LabelFolder);
var splits = LabelSet.ReadSplits(Path.Combine(options.EvalFolder, "articles.tsv"));
var evaluation = new Evaluation();
var report = new EvalReport(options.Verbose);

foreach (var split in options.Splits)
{
    var inSplit = labels.Where(l => splits.GetValueOrDefault(l.File) == split).ToList();
    report.Run(split, inSplit, options.ArticleFolder, evaluation);
}

if (options.Density)
{
    foreach (var folder in options.DensityFolders)
    {
        report.Density(folder, evaluation);
    }
}

return 0;

internal sealed record EvalOptions(string EvalFolder, string LabelFolder, string ArticleFolder, IReadOnlyList<string> Splits,
    bool Verbose, bool Density, IReadOnlyList<string> DensityFolders)
{
    public static EvalOptions Parse(string[] args)
    {
        var root = FindRoot();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        var splits = new List<string>();
        var verbose = false;
        var density = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--split": splits.Add(args[++i]); break;
                case "--verbose": verbose = true; break;
                case "--density": density = true; break;
                case "--shared": shared = Path.GetFullPath(args[++i]); break;
                default: throw new ArgumentException($"unknown option {args[i]}; usage: figures-eval [--split dev|test]... [--verbose] [--density] [--shared DIR]");
            }
        }

        var eval = Path.Combine(root, "tests", "figures-eval");
        return new EvalOptions(eval, Path.Combine(eval, "labels"), Path.Combine(shared, "corpus-figures"),
            splits.Count == 0 ? ["dev", "test"] : splits, verbose, density,
            [Path.Combine(shared, "corpus"), Path.Combine(shared, "corpus-figures")]);
    }

    private static string FindRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "ReportLint.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? Directory.GetCurrentDirectory();
    }
}

internal static class LabelSet
{
    public static List<Label> Read(string folder)
    {
        var labels = new List<Label>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var label = JsonSerializer.Deserialize<Label>(line) ?? throw new InvalidDataException($"{file}:{number}: empty label");
                label.Origin = $"{Path.GetFileName(file)}:{number}";
                labels.Add(label);
            }
        }

        return labels;
    }

    public static Dictionary<string, string> ReadSplits(string path) =>
        File.ReadLines(path).Where(l => !l.StartsWith('#') && l.Length > 0).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1]);
}
