namespace ReportLint.Documents.Word;

/// <summary>
/// A Word draft that cannot be read safely. <see cref="MessageKey"/> is stable so that a later step
/// can show a localized message; <see cref="Exception.Message"/> is the English text.
/// </summary>
internal sealed class WordDocumentRejectedException : Exception
{
    public WordDocumentRejectedException(WordRejectionReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public WordRejectionReason Reason { get; }

    /// <summary>The limit that was passed, for a refusal that names one.</summary>
    public long? Limit { get; init; }

    public string MessageKey => "Word" + Reason;
}
