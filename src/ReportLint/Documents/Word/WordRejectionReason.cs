namespace ReportLint.Documents.Word;

/// <summary>Why a file was refused before any of its content was trusted.</summary>
internal enum WordRejectionReason
{
    /// <summary>Neither a zip package nor an OLE compound file.</summary>
    NotAZip,

    /// <summary>A zip (or OLE file) whose structure is truncated or damaged.</summary>
    CorruptFile,

    /// <summary>The file, or what it declares it expands to, is beyond the configured size.</summary>
    TooLarge,

    /// <summary>A zip of absurdly many entries, or an entry that expands beyond what its header declares.</summary>
    ZipBomb,

    /// <summary>A Word 97-2003 binary document (.doc).</summary>
    LegacyWordFormat,

    /// <summary>An encrypted document: Office stores those as OLE compound files.</summary>
    PasswordProtected,

    /// <summary>An XML part carries a DTD, the only way to declare (external) entities.</summary>
    UnsafeXml,

    /// <summary>An XML part nests elements deeper than the limit (nested tables, smart tags...).</summary>
    NestedTooDeeply,

    /// <summary>The package's XML parts hold more paragraphs than a draft may have.</summary>
    TooManyParagraphs,

    /// <summary>A readable package or OLE file that holds no Word document.</summary>
    NotAWordDocument,

    /// <summary>A Word document without a single visible character.</summary>
    NoText,
}
