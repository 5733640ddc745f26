using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportLint.Documents.Word;

/// <summary>
/// Tracks complex fields (fldChar begin / separate / end), which may nest and span paragraphs:
/// Word shows a field's result and hides its code, so text is visible only when every open
/// field has passed its separator.
/// </summary>
internal sealed class FieldState
{
    private readonly Stack<bool> showingResult = new();

    public bool ShowsText => showingResult.All(inResult => inResult);

    public void Apply(FieldChar fieldChar)
    {
        switch (OoxmlValues.Token(fieldChar.FieldCharType, "begin", "separate", "end"))
        {
            case "begin":
                showingResult.Push(false);
                break;
            case "separate" when showingResult.Count > 0:
                showingResult.Pop();
                showingResult.Push(true);
                break;
            case "end" when showingResult.Count > 0:
                showingResult.Pop();
                break;
        }
    }
}
