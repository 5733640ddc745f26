using System.Runtime.CompilerServices;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;
using ReportLint.Text;
using YamlDotNet.RepresentationModel;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// Scans each block once for all arithmetic rules: the scanner runs at about the speed the whole
/// family is allowed, so eight rules scanning for themselves would be eight times too slow.
/// Figures depend on the prose alone, so they are kept by its tokenization, which an
/// <see cref="AnalysisCache"/> shares between versions of a document: RL1008 reads every block on
/// every edit. Entries die with the tokenization; the scanner of a configuration with its configuration.
/// </summary>
internal static class FigureCache
{
    private static readonly ConditionalWeakTable<LintConfiguration, NumberScanner> Scanners = new();
    private static readonly ConditionalWeakTable<TokenizedProse, BlockFigures> Figures = new();

    public static BlockFigures Of(ActionContext context, Block block)
    {
        var scanner = Scanners.GetValue(context.Configuration, CreateScanner);
        var text = context.TextOf(block);
        if (Figures.TryGetValue(text.Tokenized, out var cached) && ReferenceEquals(cached.Vocabulary, scanner.Vocabulary))
        {
            return cached;
        }

        var figures = new BlockFigures(text.Text, scanner.Scan(text.Text), text.Sentences, scanner.Vocabulary);
        Figures.AddOrUpdate(text.Tokenized, figures);
        return figures;
    }

    private static NumberScanner CreateScanner(LintConfiguration configuration) =>
        configuration.Section(ArithmeticRules.UnitsSection) is YamlMappingNode units
            ? new NumberScanner(UnitVocabulary.FromYaml(units))
            : NumberScanner.Default;
}
