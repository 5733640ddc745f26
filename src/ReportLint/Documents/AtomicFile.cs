namespace ReportLint.Documents;

/// <summary>
/// Writes a file so that no one ever sees it half-written: into a temporary file in the target's
/// folder (the same volume, so the final move is a rename), then moved over the target.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        try
        {
            WriteThroughTemporary(path, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(path, e);
        }
    }

    private static void WriteThroughTemporary(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            // Read access too: a zip package reads back what it has written while it finishes.
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
