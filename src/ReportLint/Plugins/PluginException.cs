namespace ReportLint.Plugins;

/// <summary>A plugin that cannot be compiled or loaded, with the position of the first error.</summary>
internal sealed class PluginException(string path, int line, int column, string message) : Exception(message)
{
    public string Path { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
