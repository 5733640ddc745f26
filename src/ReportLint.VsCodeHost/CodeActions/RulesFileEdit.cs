using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ReportLint.VsCodeHost.CodeActions;

/// <summary>
/// The smallest text change that turns a rule off in a rules.yml, leaving its comments, order and
/// other settings as the user wrote them: the rule's severity is replaced when it has one, inserted
/// when it has not, and the rule (or the whole <c>rules:</c> section) added when it is missing.
/// </summary>
internal static class RulesFileEdit
{
    /// <summary>What a new rules.yml holds.</summary>
    public static string NewFile(string ruleId) => $"rules:\n  {ruleId}: off\n";

    /// <summary>The change to <paramref name="yaml"/>; null when the file does not parse (the user must fix it first).</summary>
    public static TextChange? TurnOff(string yaml, string ruleId)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return null;
        }

        var lineBreak = yaml.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        if (root is null)
        {
            // Empty, or only comments: the section goes at the end.
            return stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }
                ? Append(yaml, $"rules:{lineBreak}  {ruleId}: off{lineBreak}", lineBreak)
                : null;
        }

        var rules = root.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode { Value: "rules" });
        return (rules.Key, rules.Value) switch
        {
            (null, _) => Append(yaml, $"rules:{lineBreak}  {ruleId}: off{lineBreak}", lineBreak),
            (_, YamlMappingNode section) => TurnOffIn(section, ruleId, lineBreak),

            // "rules:" with nothing (or null) after it: replace the rest of its line with a flow mapping.
            (var key, YamlScalarNode) => ReplaceToEndOfLine(yaml, (int)key.End.Index, $": {{ {ruleId}: off }}"),
            _ => null,
        };
    }

    private static TextChange? TurnOffIn(YamlMappingNode section, string ruleId, string lineBreak)
    {
        var rule = section.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode { Value: { } id } && id.Equals(ruleId, StringComparison.OrdinalIgnoreCase));
        switch (rule.Value)
        {
            case null:
                return InsertFirst(section, $"{ruleId}: off", lineBreak);
            case YamlScalarNode severity:
                return Replace(severity, "off");
            case YamlMappingNode settings:
                var severityEntry = settings.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode { Value: "severity" });
                return severityEntry.Value is YamlScalarNode value
                    ? Replace(value, "off")
                    : InsertFirst(settings, "severity: off", lineBreak);
            default:
                return null;
        }
    }

    /// <summary>Inserts an entry before a mapping's first one, in the mapping's own style.</summary>
    private static TextChange? InsertFirst(YamlMappingNode mapping, string entry, string lineBreak)
    {
        if (mapping.Children.Count == 0)
        {
            return null;
        }

        var first = mapping.Children[0].Key;
        var text = mapping.Style == MappingStyle.Flow
            ? $"{entry}, "
            : $"{entry}{lineBreak}{new string(' ', (int)first.Start.Column - 1)}";
        return new TextChange(new TextSpan((int)first.Start.Index, 0), text);
    }

    private static TextChange Replace(YamlScalarNode node, string value) =>
        new(TextSpan.FromBounds((int)node.Start.Index, (int)node.End.Index), value);

    private static TextChange Append(string yaml, string text, string lineBreak)
    {
        var separator = yaml.Length == 0 || yaml.EndsWith('\n') ? string.Empty : lineBreak;
        return new TextChange(new TextSpan(yaml.Length, 0), separator + text);
    }

    private static TextChange ReplaceToEndOfLine(string yaml, int start, string text)
    {
        var end = yaml.IndexOfAny(['\r', '\n'], start);
        return new TextChange(TextSpan.FromBounds(start, end < 0 ? yaml.Length : end), text);
    }
}
