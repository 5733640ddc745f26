namespace ReportLint.Documents;

public enum DraftFormat
{
    Markdown,
    PlainText,
    Word,
}
