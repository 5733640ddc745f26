using System.Buffers.Binary;
using System.Text;

namespace ReportLint.Tests.Word;

/// <summary>
/// Writes the smallest OLE compound file (version 3, 512-byte sectors) that names the given
/// streams: one FAT sector, one directory sector, then each stream's data in regular sectors.
/// </summary>
internal static class CompoundFileWriter
{
    private const int SectorSize = 512;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint NoStream = 0xFFFFFFFF;

    public static byte[] Write(params (string Name, byte[] Data)[] streams)
    {
        if (streams.Length > 3)
        {
            throw new ArgumentException("One directory sector holds the root and three streams.");
        }

        var dataSectors = streams.Select(s => Math.Max(1, (s.Data.Length + SectorSize - 1) / SectorSize)).ToArray();
        var file = new byte[SectorSize * (3 + dataSectors.Sum())];
        WriteHeader(file);

        var fat = new uint[SectorSize / 4];
        Array.Fill(fat, NoStream);
        fat[0] = FatSector;
        fat[1] = EndOfChain; // the directory
        var nextSector = 2u;

        WriteDirectoryEntry(file, 0, "Root Entry", type: 5, EndOfChain, 0, child: streams.Length > 0 ? 1u : NoStream);
        for (var i = 0; i < streams.Length; i++)
        {
            var first = nextSector;
            for (var s = 0; s < dataSectors[i]; s++, nextSector++)
            {
                fat[nextSector] = s == dataSectors[i] - 1 ? EndOfChain : nextSector + 1;
            }

            streams[i].Data.CopyTo(file, SectorSize * (1 + (int)first));
            var sibling = i + 1 < streams.Length ? (uint)(i + 2) : NoStream;
            WriteDirectoryEntry(file, i + 1, streams[i].Name, type: 2, first, streams[i].Data.Length, child: NoStream, sibling);
        }

        for (var i = 0; i < fat.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(SectorSize + (i * 4)), fat[i]);
        }

        return file;
    }

    private static void WriteHeader(byte[] file)
    {
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file, 0);
        var header = file.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1); // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1); // directory starts at sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[76..], 0); // the FAT is sector 0
        for (var i = 1; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + (i * 4))..], NoStream);
        }
    }

    private static void WriteDirectoryEntry(
        byte[] file, int index, string name, byte type, uint startSector, long size, uint child, uint rightSibling = NoStream)
    {
        var entry = file.AsSpan((2 * SectorSize) + (index * 128), 128);
        Encoding.Unicode.GetBytes(name).CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)((name.Length + 1) * 2));
        entry[66] = type;
        entry[67] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], NoStream);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], rightSibling);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], startSector);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[120..], (ulong)size);
    }
}
