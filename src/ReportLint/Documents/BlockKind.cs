namespace ReportLint.Documents;

public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    TableCell,
}
