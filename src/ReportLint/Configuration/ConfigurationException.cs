namespace ReportLint.Configuration;

/// <summary>A rules.yml that cannot be used, with the line and column of the problem.</summary>
public sealed class ConfigurationException(string path, int line, int column, string message)
    : Exception(message)
{
    public string Path { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
