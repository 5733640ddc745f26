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
        var type = fieldChar.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            showingResult.Push(false);
        }
        else if (type == FieldCharValues.Separate && showingResult.Count > 0)
        {
            showingResult.Pop();
            showingResult.Push(true);
        }
        else if (type == FieldCharValues.End && showingResult.Count > 0)
        {
            showingResult.Pop();
        }
    }
}
