using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Documents;

/// <summary>Reads a file from disk as a draft, choosing the reader by its extension.</summary>
internal static class DraftLoader
{
    public static readonly ImmutableArray<string> TextExtensions = [".md", ".markdown", ".txt"];

    public static bool IsDraftPath(string path) =>
        TextExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) || WordDraftReader.IsWordPath(path);

    public static Draft Load(string path)
    {
        // A text draft beyond the limit is refused from its size, before a byte of it is read.
        if (!WordDraftReader.IsWordPath(path) && !WordDraftReader.IsLegacyWordPath(path) && File.Exists(path))
        {
            TextDraftLimits.CheckSize(new FileInfo(path).Length);
        }

        return FromBytes(path, ReadFile(path));
    }

    /// <summary>The whole file in memory: readers never hold the input open, let alone write it.</summary>
    public static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DraftReadException(DraftReadProblem.NotFound, inner: e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DraftReadException(DraftReadProblem.AccessDenied, inner: e);
        }
        catch (IOException e)
        {
            throw new DraftReadException(DraftReadProblem.IoError, e.Message, e);
        }
    }

    public static Draft FromBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (WordDraftReader.IsWordPath(path) || WordDraftReader.IsLegacyWordPath(path))
        {
            return WordDraftReader.Read(path, new MemoryStream(bytes.ToArray(), writable: false));
        }

        if (!IsDraftPath(path))
        {
            throw new DraftReadException(DraftReadProblem.UnsupportedFormat, Path.GetExtension(path));
        }

        var decoded = TextDecoder.Decode(bytes);
        var text = SourceText.From(decoded.Text, decoded.Encoding);
        ImmutableArray<ReaderNote> notes = decoded.IsLegacy
            ? [new ReaderNote(ReaderNoteKind.ReadAsWindows1258, new TextSpan(0, 0))]
            : [];
        return FromText(path, text, notes);
    }

    public static Draft FromText(string path, SourceText text, ImmutableArray<ReaderNote> notes = default)
    {
        // Characters never outnumber the UTF-8 bytes they were decoded from: a file that passed
        // the size check passes this one, which bounds text that came without a file (an editor).
        TextDraftLimits.CheckSize(text.Length);
        TextDraftLimits.CheckParagraphs(text.Lines.Count);
        notes = notes.IsDefault ? [] : notes;
        var extension = Path.GetExtension(path);
        return extension.Equals(".txt", StringComparison.OrdinalIgnoreCase)
            ? PlainTextDraftReader.Read(path, text, notes)
            : MarkdownDraftReader.Read(path, text, notes);
    }
}
