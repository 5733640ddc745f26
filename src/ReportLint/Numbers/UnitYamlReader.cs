using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace ReportLint.Numbers;

/// <summary>Turns one entry of the <c>units:</c> mapping into a <see cref="UnitDefinition"/>, refusing unknown keys so typos are caught.</summary>
internal static class UnitYamlReader
{
    public static UnitDefinition Read(YamlNode key, YamlNode value)
    {
        var name = Canonical(Scalar(key, "a unit name"));
        var kind = UnitKind.Count;
        IReadOnlyList<string> aliases = [];
        IReadOnlyList<string> parts = [];
        string? within = null;
        string? baseUnit = null;
        var scale = 1m;
        var inContext = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (value is YamlMappingNode properties)
        {
            foreach (var (propertyKey, propertyValue) in properties.Children)
            {
                switch (Scalar(propertyKey, "a property name"))
                {
                    case "kind":
                        kind = ParseKind(propertyValue);
                        break;
                    case "aliases":
                        aliases = Sequence(propertyValue);
                        break;
                    case "parts":
                        parts = [.. Sequence(propertyValue).Select(Canonical)];
                        break;
                    case "within":
                        within = Canonical(Scalar(propertyValue, "a unit name"));
                        break;
                    case "in-context":
                        foreach (var (context, narrower) in Mapping(propertyValue).Children)
                        {
                            inContext[Canonical(Scalar(context, "a unit name"))] = Canonical(Scalar(narrower, "a unit name"));
                        }

                        break;
                    case "scale":
                        scale = decimal.Parse(Scalar(propertyValue, "a number"), NumberStyles.Float, CultureInfo.InvariantCulture);
                        break;
                    case "base":
                        baseUnit = Canonical(Scalar(propertyValue, "a unit name"));
                        break;
                    case var other:
                        throw Error(propertyKey, $"unknown property '{other}' of unit '{name}' (expected kind, aliases, parts, within, in-context, scale, base)");
                }
            }
        }
        else if (value is not YamlScalarNode { Value: null or "" })
        {
            throw Error(value, $"unit '{name}' must map to its properties, or to nothing");
        }

        return new UnitDefinition(name, kind, aliases, parts, within, inContext, scale, baseUnit);
    }

    public static void CheckReferences(Dictionary<string, UnitDefinition> definitions)
    {
        foreach (var unit in definitions.Values)
        {
            var references = unit.Parts.Concat(unit.InContext.Keys).Concat(unit.InContext.Values)
                .Append(unit.Within).Append(unit.BaseUnit).OfType<string>();
            foreach (var reference in references)
            {
                if (!definitions.ContainsKey(reference))
                {
                    throw new InvalidDataException($"Unit '{unit.Name}' refers to '{reference}', which is not defined in 'units:'.");
                }
            }
        }

        foreach (var unit in definitions.Values)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { unit.Name };
            for (var level = unit.Within; level is not null; level = definitions[level].Within)
            {
                if (!seen.Add(level))
                {
                    throw new InvalidDataException($"Unit '{unit.Name}' is 'within' itself through '{level}'.");
                }
            }
        }
    }

    public static InvalidDataException Error(YamlNode node, string message) =>
        new($"units: line {node.Start.Line}: {message}.");

    private static string Canonical(string name) => name.Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant();

    private static UnitKind ParseKind(YamlNode node) => Scalar(node, "a kind") switch
    {
        "count" => UnitKind.Count,
        "money" => UnitKind.Money,
        "duration" => UnitKind.Duration,
        "measure" => UnitKind.Measure,
        "percentage-point" => UnitKind.PercentagePoint,
        var other => throw Error(node, $"unknown kind '{other}' (expected count, money, duration, measure, percentage-point)"),
    };

    private static string Scalar(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { Length: > 0 } text } ? text : throw Error(node, $"expected {what}");

    private static YamlMappingNode Mapping(YamlNode node) =>
        node as YamlMappingNode ?? throw Error(node, "expected a mapping");

    private static IReadOnlyList<string> Sequence(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.Select(item => Scalar(item, "a string"))],
        YamlScalarNode scalar => [Scalar(scalar, "a string")],
        _ => throw Error(node, "expected a list"),
    };
}
