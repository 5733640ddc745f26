using System.Globalization;
using System.Resources;
using ReportLint.Localization;
using YamlDotNet.RepresentationModel;

namespace ReportLint.Configuration;

/// <summary>A rules.yml that cannot be used, with the line and column of the problem.</summary>
/// <remarks>
/// <see cref="Problem"/> is translated when it is shown, in the language of the report it is part
/// of; <see cref="Exception.Message"/> holds it in the tool's default language, Vietnamese.
/// </remarks>
internal sealed class ConfigurationException(string path, int line, int column, LocalizedPhrase problem)
    : Exception(problem.ToString(null, CultureInfo.InvariantCulture))
{
    private static readonly ResourceManager Resources = new("ReportLint.Configuration.ConfigurationResources", typeof(ConfigurationException).Assembly);

    public string Path { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public LocalizedPhrase Problem { get; } = problem;

    internal static LocalizedPhrase Phrase(string key, params object?[] args) => new(Resources, key, args);

    /// <summary>The problem <paramref name="key"/> names, at a node of the file.</summary>
    internal static ConfigurationException At(string path, YamlNode node, string key, params object?[] args) =>
        new(path, (int)node.Start.Line, (int)node.Start.Column, Phrase(key, args));
}
