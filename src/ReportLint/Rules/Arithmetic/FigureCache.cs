using System.Runtime.CompilerServices;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;
using ReportLint.Numbers.Relations;
using ReportLint.Text;
using YamlDotNet.RepresentationModel;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// Scans each block once for all arithmetic rules: the scanner runs at about the speed the whole
/// family is allowed, so eight rules scanning for themselves would be eight times too slow.
/// Figures live as long as the block's tokenized prose, which an <see cref="AnalysisCache"/> shares
/// between versions of a document (RL1008 reads every block on every edit); the scanner of a
/// configuration lives with its configuration.
/// </summary>
internal static class FigureCache
{
    private static readonly ConditionalWeakTable<LintConfiguration, NumberScanner> Scanners = new();
    private static readonly BlockValueProvider<BlockFigures> Figures = new(Scan);
    private static readonly BlockValueProvider<IReadOnlyList<Verdict>> Verdicts = new(Judge);

    public static BlockFigures Of(ActionContext context, Block block) => context.GetValue(context.TextOf(block), Figures);

    /// <summary>Every relation the grammar recognises in the block, judged once for all the rules that present them.</summary>
    public static IReadOnlyList<Verdict> VerdictsOf(ActionContext context, Block block) => context.GetValue(context.TextOf(block), Verdicts);

    private static IReadOnlyList<Verdict> Judge(ActionContext context, BlockText text) =>
        [.. RelationReader.Read(context.GetValue(text, Figures), RelationGrammar.Default).Select(RelationChecker.Check)];

    private static BlockFigures Scan(ActionContext context, BlockText text)
    {
        var scanner = Scanners.GetValue(context.Configuration, CreateScanner);
        return new BlockFigures(text.Text, scanner.Scan(text.Text), text.Sentences, scanner.Vocabulary);
    }

    private static NumberScanner CreateScanner(LintConfiguration configuration) =>
        configuration.Section(ArithmeticRules.UnitsSection) is YamlMappingNode units
            ? new NumberScanner(UnitVocabulary.Default.Overlaid(units))
            : NumberScanner.Default;
}
