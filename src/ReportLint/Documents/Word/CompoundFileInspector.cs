using System.Buffers.Binary;
using System.Text;

namespace ReportLint.Documents.Word;

/// <summary>
/// Tells a Word 97-2003 .doc from an encrypted Office document, both of which are OLE compound
/// files ([MS-CFB]), by reading no more than the directory's stream names and the .doc's header.
/// </summary>
internal static class CompoundFileInspector
{
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const uint EndOfChain = 0xFFFFFFFE;
    private const int HeaderSize = 512;
    private const int HeaderDifatEntries = 109;
    private const int DirectoryEntrySize = 128;
    private const int StreamObjectType = 2;

    // [MS-DOC] FibBase: wIdent at 0, and fEncrypted is bit 8 of the flags word at 0x0A.
    private const ushort WordBinaryIdentifier = 0xA5EC;
    private const ushort FibEncryptedFlag = 0x0100;

    public static WordDocumentRejectedException Classify(byte[] file)
    {
        IReadOnlyList<DirectoryEntry> entries;
        try
        {
            entries = new CompoundFile(file).ReadDirectory();
        }
        catch (InvalidDataException exception)
        {
            return new WordDocumentRejectedException(
                WordRejectionReason.CorruptFile,
                "The file is an OLE compound file (like a .doc) whose structure is damaged.",
                exception);
        }

        if (entries.Any(e => e.Name is "EncryptionInfo" or "EncryptedPackage"))
        {
            return PasswordProtected();
        }

        var wordStream = entries.FirstOrDefault(e => e.Name == "WordDocument");
        if (wordStream is null)
        {
            return new WordDocumentRejectedException(
                WordRejectionReason.NotAWordDocument,
                "The file is an OLE compound file but holds no Word document.");
        }

        if (IsEncryptedWordBinary(file, wordStream))
        {
            return PasswordProtected();
        }

        return new WordDocumentRejectedException(
            WordRejectionReason.LegacyWordFormat,
            "The file is a Word 97-2003 document (.doc); open it in Word and save it as .docx.");
    }

    private static WordDocumentRejectedException PasswordProtected() =>
        new(WordRejectionReason.PasswordProtected,
            "The document is password-protected; save an unprotected copy as .docx.");

    private static bool IsEncryptedWordBinary(byte[] file, DirectoryEntry wordStream)
    {
        // Streams under the mini-stream cutoff live in the mini stream; a real WordDocument stream
        // never does, and reading it there is not worth the code: such a file is still a .doc.
        var offset = wordStream.DataOffset;
        if (offset is null || offset.Value + 12 > file.Length)
        {
            return false;
        }

        var fib = file.AsSpan(offset.Value, 12);
        return BinaryPrimitives.ReadUInt16LittleEndian(fib) == WordBinaryIdentifier
            && (BinaryPrimitives.ReadUInt16LittleEndian(fib[0x0A..]) & FibEncryptedFlag) != 0;
    }

    private sealed record DirectoryEntry(string Name, int? DataOffset);

    private sealed class CompoundFile(byte[] file)
    {
        private readonly int sectorShift = ReadSectorShift(file);
        private readonly uint miniStreamCutoff = ReadUInt32(file, 56);

        private int SectorSize => 1 << sectorShift;

        // The header fills the first sector-sized block, so sector n starts at block n + 1.
        private int SectorCount => (file.Length >> sectorShift) - 1;

        public List<DirectoryEntry> ReadDirectory()
        {
            var fat = ReadFat();
            var entries = new List<DirectoryEntry>();
            foreach (var sector in FollowChain(ReadUInt32(file, 48), fat))
            {
                for (var entryStart = SectorOffset(sector); entryStart < SectorOffset(sector) + SectorSize; entryStart += DirectoryEntrySize)
                {
                    if (file[entryStart + 66] == StreamObjectType)
                    {
                        entries.Add(ReadEntry(entryStart));
                    }
                }
            }

            return entries;
        }

        private DirectoryEntry ReadEntry(int entryStart)
        {
            int nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(entryStart + 64));
            var name = Encoding.Unicode.GetString(file, entryStart, Math.Clamp(nameBytes - 2, 0, 62));
            var startSector = ReadUInt32(file, entryStart + 116);
            var size = ReadUInt32(file, entryStart + 120);
            var inRegularSectors = size >= miniStreamCutoff && startSector < SectorCount;
            return new DirectoryEntry(name, inRegularSectors ? SectorOffset(startSector) : null);
        }

        private uint[] ReadFat()
        {
            var perSector = SectorSize / 4;
            var fat = new List<uint>();
            foreach (var fatSector in ReadDifat())
            {
                var start = SectorOffset(fatSector);
                for (var i = 0; i < perSector; i++)
                {
                    fat.Add(ReadUInt32(file, start + (i * 4)));
                }
            }

            return [.. fat];
        }

        private IEnumerable<uint> ReadDifat()
        {
            var fatSectorCount = ReadUInt32(file, 44);
            var listed = new List<uint>();
            for (var i = 0; i < HeaderDifatEntries && listed.Count < fatSectorCount; i++)
            {
                listed.Add(ReadUInt32(file, 76 + (i * 4)));
            }

            var difatSector = ReadUInt32(file, 68);
            var visited = 0;
            while (listed.Count < fatSectorCount && difatSector != EndOfChain)
            {
                GuardLoop(ref visited);
                var start = SectorOffset(difatSector);
                var perSector = (SectorSize / 4) - 1;
                for (var i = 0; i < perSector && listed.Count < fatSectorCount; i++)
                {
                    listed.Add(ReadUInt32(file, start + (i * 4)));
                }

                difatSector = ReadUInt32(file, start + (perSector * 4));
            }

            return listed;
        }

        private IEnumerable<uint> FollowChain(uint first, uint[] fat)
        {
            var visited = 0;
            for (var sector = first; sector != EndOfChain; sector = fat[sector])
            {
                GuardLoop(ref visited);
                if (sector >= fat.Length)
                {
                    throw new InvalidDataException("Sector chain leaves the allocation table.");
                }

                yield return sector;
            }
        }

        // A chain longer than the file has sectors can only be a cycle.
        private void GuardLoop(ref int visited)
        {
            if (++visited > SectorCount)
            {
                throw new InvalidDataException("Sector chain loops.");
            }
        }

        private int SectorOffset(uint sector)
        {
            if (sector >= SectorCount)
            {
                throw new InvalidDataException("Sector beyond the end of the file.");
            }

            return ((int)sector + 1) << sectorShift;
        }

        private static int ReadSectorShift(byte[] file)
        {
            // Version 3 files use 512-byte sectors (shift 9), version 4 files 4096-byte ones (shift 12).
            int shift = file.Length >= HeaderSize ? BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(30)) : 0;
            return shift is 9 or 12 ? shift : throw new InvalidDataException("Not a compound file header.");
        }

        private static uint ReadUInt32(byte[] file, int offset) =>
            offset + 4 <= file.Length
                ? BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset))
                : throw new InvalidDataException("Read beyond the end of the file.");
    }
}
