"""A .docx written as raw WordprocessingML, for what LibreOffice, pandoc and python-docx do not
write: imported HTML (altChunk), ruby, an equation, content controls, smart tags, fields, tracked
changes, a comment, a text box, a footnote and a header. Only the standard library."""
import sys
import zipfile

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
     'xmlns:v="urn:schemas-microsoft-com:vml"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(*content):
    return "<w:p>" + "".join(content) + "</w:p>"


body = "".join([
    paragraph('<w:pPr><w:outlineLvl w:val="0"/></w:pPr>', run("Báo cáo viết tay")),
    # Tracked changes: the insertion is read, the deletion (XÓABỎ) is not.
    paragraph(run("Doanh thu "), '<w:del w:id="1" w:author="A"><w:r><w:delText>XÓABỎ </w:delText></w:r></w:del>',
              '<w:ins w:id="2" w:author="A">', run("tăng "), "</w:ins>", run("mạnh.")),
    # A field: its result (12) is read, its code (MÃTRƯỜNG) is not.
    paragraph(run("Có "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>MÃTRƯỜNG \\* MERGEFORMAT</w:instrText></w:r>',
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run("12"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>', run(" đơn vị.")),
    # A comment: the commented words are read, the comment's text (BÌNHLUẬN) is not.
    paragraph('<w:commentRangeStart w:id="0"/>', run("Đoạn được nhận xét."), '<w:commentRangeEnd w:id="0"/>',
              '<w:r><w:commentReference w:id="0"/></w:r>'),
    # Content controls, block and inline.
    '<w:sdt><w:sdtPr><w:alias w:val="Tóm tắt"/></w:sdtPr><w:sdtContent>' + paragraph(run("Khối trong điều khiển nội dung.")) + "</w:sdtContent></w:sdt>",
    paragraph(run("Ngày "), '<w:sdt><w:sdtPr><w:date/></w:sdtPr><w:sdtContent>', run("29/3/2024"), "</w:sdtContent></w:sdt>", run(" công bố.")),
    # A smart tag, which no SDK type reads.
    paragraph(run("Tại "), '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="City">', run("Hà Nội"), "</w:smartTag>", run(" trời nắng.")),
    # Ruby: the base (漢字) is read, the annotation above it (ルビ) is not.
    paragraph(run("Chữ "), '<w:r><w:ruby><w:rubyPr/><w:rt>', run("ルビ"), "</w:rt><w:rubyBase>", run("漢字"), "</w:rubyBase></w:ruby></w:r>", run(" là chữ Hán.")),
    # An equation.
    paragraph(run("Công thức "), "<m:oMath><m:r><m:t>a+b=c</m:t></m:r></m:oMath>", run(" đúng.")),
    # A footnote reference and a text box.
    paragraph(run("Có chú thích"), '<w:r><w:footnoteReference w:id="1"/></w:r>', run(" và hộp văn bản."),
              '<w:r><w:pict><v:shape style="width:200pt;height:40pt"><v:textbox><w:txbxContent>'
              + paragraph(run("Chữ trong hộp văn bản.")) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"),
    # Imported HTML.
    '<w:altChunk r:id="rId5"/>',
    paragraph(run("Hết bài.")),
    '<w:sectPr><w:headerReference w:type="default" r:id="rId6"/></w:sectPr>',
])

parts = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="html" ContentType="text/html"/>'
        f'<Override PartName="/word/document.xml" ContentType="{TYPE}document.main+xml"/>'
        f'<Override PartName="/word/comments.xml" ContentType="{TYPE}comments+xml"/>'
        f'<Override PartName="/word/footnotes.xml" ContentType="{TYPE}footnotes+xml"/>'
        f'<Override PartName="/word/header1.xml" ContentType="{TYPE}header+xml"/></Types>',
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/></Relationships>',
    "word/_rels/document.xml.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId2" Type="{REL}comments" Target="comments.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}footnotes" Target="footnotes.xml"/>'
        f'<Relationship Id="rId5" Type="{REL}aFChunk" Target="chunk.html"/>'
        f'<Relationship Id="rId6" Type="{REL}header" Target="header1.xml"/></Relationships>',
    "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>',
    "word/comments.xml": f'<w:comments {W}><w:comment w:id="0" w:author="B">{paragraph(run("BÌNHLUẬN của biên tập viên"))}</w:comment></w:comments>',
    "word/footnotes.xml":
        f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1">{paragraph("<w:r><w:separator/></w:r>")}</w:footnote>'
        f'<w:footnote w:id="1">{paragraph(run("Chú thích ở cuối trang."))}</w:footnote></w:footnotes>',
    "word/header1.xml": f'<w:hdr {W}>{paragraph(run("Đầu trang viết tay"))}</w:hdr>',
    "word/chunk.html": '<html><head><meta charset="utf-8"><title>ẨNTIÊUĐỀ</title></head><body><p>Đoạn <b>nhúng</b> từ HTML.</p></body></html>',
}

with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as package:
    for name, content in parts.items():
        package.writestr(name, content)
