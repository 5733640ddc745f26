namespace ReportLint.Documents;

/// <summary>The report or annotated copy could not be written: a usage problem, not a bug.</summary>
internal sealed class OutputWriteException(string path, Exception inner) : Exception(inner.Message, inner)
{
    public string Path { get; } = path;
}
