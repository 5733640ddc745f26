namespace ReportLint.Documents;

/// <summary>A file that cannot be read as a draft; the message names the problem, not the file.</summary>
internal sealed class DraftReadException : Exception
{
    public DraftReadException(DraftReadProblem problem, string? detail = null, Exception? inner = null)
        : base(detail ?? problem.ToString(), inner)
    {
        Problem = problem;
        Detail = detail;
    }

    public DraftReadProblem Problem { get; }

    public string? Detail { get; }
}

internal enum DraftReadProblem
{
    NotFound,
    AccessDenied,
    Binary,
    UnsupportedFormat,
    IoError,
    NotAZip,
    CorruptZip,
    ZipBomb,
    TooLarge,
    NotAWordDocument,
    WordBinaryDoc,
    Encrypted,
    DtdRefused,
    NoText,
    TextTooLarge,
    TooManyParagraphs,
    NestedTooDeeply,
}
