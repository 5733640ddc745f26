using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using AlternateContent = DocumentFormat.OpenXml.AlternateContent;
using AlternateContentChoice = DocumentFormat.OpenXml.AlternateContentChoice;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportLint.Documents.Word;

/// <summary>
/// Reads a Word document's text as Word shows it, with tracked changes accepted: the body in
/// reading order (tables cell by cell, text boxes after the paragraph that anchors them), then
/// footnotes, endnotes, headers and footers. Comments, field codes and list labels are not text.
/// </summary>
internal sealed class WordTextExtractor
{
    public WordDocumentText Extract(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart
            ?? throw new ArgumentException("The package has no main document part.", nameof(document));
        var extraction = new Extraction(new WordParagraphRoles(main.StyleDefinitionsPart?.Styles));
        if (main.Document?.Body is { } body)
        {
            extraction.ReadStory(body, WordPartLabel.Body);
        }

        ReadNotes(extraction, main.FootnotesPart?.Footnotes?.Elements<Footnote>(), WordPartKind.Footnote);
        ReadNotes(extraction, main.EndnotesPart?.Endnotes?.Elements<Endnote>(), WordPartKind.Endnote);
        ReadHeadersAndFooters(extraction, main);
        return extraction.ToDocumentText();
    }

    // Separator and continuation notes hold Word's own separator lines, not the author's text.
    private static void ReadNotes(Extraction extraction, IEnumerable<FootnoteEndnoteType>? notes, WordPartKind kind)
    {
        var number = 0;
        foreach (var note in notes?.Where(IsAuthorsNote) ?? [])
        {
            extraction.ReadStory(note, new WordPartLabel(kind, ++number));
        }
    }

    private static bool IsAuthorsNote(FootnoteEndnoteType note) =>
        OoxmlValues.Token(note.Type, "separator", "continuationSeparator", "continuationNotice") is null;

    /// <summary>Headers and footers Word can show: those the sections reference, in section order.</summary>
    private static void ReadHeadersAndFooters(Extraction extraction, MainDocumentPart main)
    {
        var references = main.Document?.Body?.Descendants<HeaderFooterReferenceType>() ?? [];
        var seen = new HashSet<OpenXmlPart>();
        var headers = 0;
        var footers = 0;
        foreach (var reference in references)
        {
            // A reference to a part the package lacks shows nothing in Word either.
            if (reference.Id?.Value is not { } id || !main.TryGetPartById(id, out var part) || part is null || !seen.Add(part))
            {
                continue;
            }

            switch (part)
            {
                case HeaderPart { Header: { } header }:
                    extraction.ReadStory(header, new WordPartLabel(WordPartKind.Header, ++headers));
                    break;
                case FooterPart { Footer: { } footer }:
                    extraction.ReadStory(footer, new WordPartLabel(WordPartKind.Footer, ++footers));
                    break;
            }
        }
    }

    private sealed class Extraction(WordParagraphRoles roles)
    {
        private readonly WordParagraphRoles roles = roles;
        private readonly List<WordParagraph> paragraphs = [];
        private readonly List<WordTable?> tables = [];
        private int textBoxes;
        private int importedChunks;

        public WordDocumentText ToDocumentText() => new(paragraphs, tables.Select(t => t!).ToList());

        /// <summary>A story (body, note, header, text box) has its own fields and paragraph flow.</summary>
        public void ReadStory(OpenXmlElement container, WordPartLabel part)
        {
            SmartTags.Unwrap(container);
            new StoryReader(this, part).ReadBlocks(container, table: null, nestingLevel: 0);
        }

        private sealed class StoryReader(Extraction extraction, WordPartLabel part)
        {
            private readonly FieldState fields = new();

            // A paragraph whose mark is deleted by a tracked change joins the next one once accepted.
            private ParagraphTextBuilder? joinedIntoNext;

            public void ReadBlocks(OpenXmlElement container, WordTablePosition? table, int nestingLevel)
            {
                ReadBlockChildren(container, table, nestingLevel);
                FinishJoinedParagraph(table);
            }

            private void ReadBlockChildren(OpenXmlElement container, WordTablePosition? table, int nestingLevel)
            {
                foreach (var child in container.ChildElements)
                {
                    switch (child)
                    {
                        case Paragraph paragraph:
                            ReadParagraph(paragraph, table);
                            break;
                        case Table nested:
                            FinishJoinedParagraph(table);
                            ReadTable(nested, table, nestingLevel);
                            break;
                        case AlternateContent alternate:
                            ReadBlockChildren(ChosenBranch(alternate), table, nestingLevel);
                            break;
                        case SdtBlock or SdtContentBlock or CustomXmlBlock:
                            ReadBlockChildren(child, table, nestingLevel);
                            break;
                        case AltChunk chunk:
                            FinishJoinedParagraph(table);
                            ReadImportedChunk(chunk, table);
                            break;
                    }
                }
            }

            private void ReadParagraph(Paragraph paragraph, WordTablePosition? table)
            {
                var builder = joinedIntoNext ?? new ParagraphTextBuilder();
                joinedIntoNext = null;
                ReadInline(paragraph, builder, hidden: false);

                // Joined paragraphs keep the properties of the last one, whose mark survives.
                builder.HeadingLevel = extraction.roles.HeadingLevel(paragraph);
                builder.IsListItem = extraction.roles.IsListItem(paragraph);
                builder.IsFramed = paragraph.ParagraphProperties?.FrameProperties is not null;
                if (HasDeletedMark(paragraph))
                {
                    joinedIntoNext = builder;
                }
                else
                {
                    Finish(builder, table);
                }
            }

            /// <summary>
            /// Content imported as HTML or plain text (<c>w:altChunk</c>), which Word converts and
            /// shows in place. Its paragraphs are labelled as their own part, as comments cannot be
            /// anchored inside it; other formats (RTF, MHT, an embedded .docx) are not read.
            /// </summary>
            private void ReadImportedChunk(AltChunk chunk, WordTablePosition? table)
            {
                var owner = chunk.Ancestors<OpenXmlPartRootElement>().FirstOrDefault()?.OpenXmlPart;
                if (chunk.Id?.Value is not { } id || owner is null || !owner.TryGetPartById(id, out var imported) || imported is null
                    || ImportedText.Paragraphs(imported) is not { } paragraphs)
                {
                    return;
                }

                var label = new WordPartLabel(WordPartKind.ImportedContent, ++extraction.importedChunks);
                foreach (var paragraph in paragraphs)
                {
                    var builder = new ParagraphTextBuilder();
                    builder.Append(paragraph, chunk);
                    extraction.paragraphs.Add(builder.Build(label, table));
                }
            }

            private void FinishJoinedParagraph(WordTablePosition? table)
            {
                if (joinedIntoNext is { } builder)
                {
                    joinedIntoNext = null;
                    Finish(builder, table);
                }
            }

            private void Finish(ParagraphTextBuilder builder, WordTablePosition? table)
            {
                extraction.paragraphs.Add(builder.Build(part, table));
                foreach (var textBox in builder.AnchoredTextBoxes)
                {
                    extraction.ReadStory(textBox, new WordPartLabel(WordPartKind.TextBox, ++extraction.textBoxes));
                }
            }

            private static bool HasDeletedMark(Paragraph paragraph) =>
                paragraph.ParagraphProperties?.ParagraphMarkRunProperties is { } mark
                && (mark.GetFirstChild<Deleted>() is not null || mark.GetFirstChild<MoveFrom>() is not null);

            private void ReadTable(Table table, WordTablePosition? parentCell, int nestingLevel)
            {
                var index = extraction.tables.Count;
                extraction.tables.Add(null); // keeps tables in document order: outer before nested
                var grid = new WordTableGridBuilder();
                var rowIndex = 0;
                var headerRows = 0;
                foreach (var row in WordTableStructure.VisibleRows(table))
                {
                    headerRows += headerRows == rowIndex && WordTableStructure.RepeatsAsHeader(row) ? 1 : 0;
                    var column = WordTableStructure.SkippedColumns(row);
                    foreach (var cell in WordTableStructure.Cells(row))
                    {
                        var position = new WordTablePosition(index, rowIndex, column, nestingLevel);
                        var first = extraction.paragraphs.Count;
                        ReadBlocks(cell, position, nestingLevel + 1);
                        var properties = cell.TableCellProperties;
                        var span = WordTableStructure.ColumnSpan(properties);
                        var cellParagraphs = Enumerable.Range(first, extraction.paragraphs.Count - first)
                            .Where(i => extraction.paragraphs[i].Table?.TableIndex == index);
                        grid.AddCell(rowIndex, column, span, WordTableStructure.ContinuesVerticalMerge(properties), cellParagraphs);
                        column += span;
                    }

                    rowIndex++;
                }

                var declaredColumns = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
                extraction.tables[index] = grid.Build(index, part, nestingLevel, parentCell, declaredColumns, headerRows);
            }

            private void ReadInline(OpenXmlElement container, ParagraphTextBuilder builder, bool hidden)
            {
                foreach (var child in container.ChildElements)
                {
                    switch (child)
                    {
                        case Run run:
                            ReadRun(run, builder, hidden || IsHidden(run));
                            break;
                        case AlternateContent alternate:
                            ReadInline(ChosenBranch(alternate), builder, hidden);
                            break;

                        // Tracked deletions and moved-away text are gone once changes are accepted;
                        // properties carry no prose.
                        case DeletedRun or MoveFromRun or ParagraphProperties or SdtProperties or SdtEndCharProperties:
                            break;
                        case DocumentFormat.OpenXml.Math.OfficeMath or DocumentFormat.OpenXml.Math.Paragraph:
                            if (!hidden && fields.ShowsText)
                            {
                                builder.AppendEquation(string.Concat(child.Descendants<DocumentFormat.OpenXml.Math.Text>().Select(t => t.Text)), child);
                            }

                            break;

                        // Hyperlinks, content controls, smart tags, simple fields (whose runs are
                        // the result), insertions, moved-here text, bidi wrappers, unknown markup.
                        default:
                            ReadInline(child, builder, hidden);
                            break;
                    }
                }
            }

            private void ReadRun(Run run, ParagraphTextBuilder builder, bool hidden)
            {
                foreach (var child in run.ChildElements)
                {
                    if (child is FieldChar fieldChar)
                    {
                        fields.Apply(fieldChar);
                    }
                    else if (child is Ruby ruby)
                    {
                        // Word shows the ruby text (w:rt) small above its base: the base is the sentence's text.
                        if (ruby.GetFirstChild<RubyBase>() is { } rubyBase)
                        {
                            ReadInline(rubyBase, builder, hidden);
                        }
                    }
                    else if (!hidden && fields.ShowsText)
                    {
                        ReadRunContent(child, builder);
                    }
                }
            }

            private static void ReadRunContent(OpenXmlElement child, ParagraphTextBuilder builder)
            {
                switch (child)
                {
                    case WordText text:
                        builder.Append(text.Text, text);
                        break;
                    case TabChar or PositionalTab:
                        builder.Append('\t', child);
                        break;
                    case Break pageBreak when OoxmlValues.Token(pageBreak.Type, "page") is not null:
                        builder.Append('\f', child);
                        break;
                    case Break or CarriageReturn:
                        builder.Append('\v', child);
                        break;
                    case NoBreakHyphen:
                        builder.Append('\u2011', child);
                        break;
                    case SymbolChar symbol when WordSymbol.Character(symbol) is { } character:
                        builder.Append(character, child);
                        break;
                    case Drawing or Picture or EmbeddedObject or AlternateContent:
                        builder.AnchoredTextBoxes.AddRange(OutermostTextBoxes(child));
                        break;

                        // w:softHyphen only shows where Word happens to wrap the line, so it is not
                        // text; w:instrText and w:delText are never shown; note reference marks are
                        // numbers Word draws, and reading them would glue digits onto the figures
                        // they follow ("năm 2019" + "1").
                }
            }

            private static IEnumerable<TextBoxContent> OutermostTextBoxes(OpenXmlElement element) => element switch
            {
                TextBoxContent textBox => [textBox],
                AlternateContent alternate => OutermostTextBoxes(ChosenBranch(alternate)),
                _ => element.ChildElements.SelectMany(OutermostTextBoxes),
            };

            private static bool IsHidden(Run run) => OoxmlValues.IsOn(run.RunProperties?.Vanish);

            /// <summary>
            /// Word writes a modern Choice and a legacy Fallback with the same text (DrawingML and VML
            /// text boxes): reading both would duplicate it. Word itself reads the first Choice.
            /// </summary>
            private static OpenXmlElement ChosenBranch(AlternateContent alternate) =>
                (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>()
                ?? alternate.GetFirstChild<AlternateContentFallback>()
                ?? new AlternateContentFallback();
        }
    }
}
