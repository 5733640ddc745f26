"""Writes one class of pathological input for scripts/pathological and prints the arguments of
`reportlint check` that exercise it, one per line. Only the standard library: a .docx is a zip.

Usage: pathological-inputs.py CLASS FOLDER | --list
"""
import sys
import zipfile
from pathlib import Path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
PARAGRAPH = '<w:p><w:r><w:t>Hà Nội có 1.250 ca.</w:t></w:r></w:p>'


def docx(path, body_parts):
    """body_parts: strings (or a generator of them) that make up the body, streamed into the zip."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", ROOT_RELS)
        with package.open("word/document.xml", "w") as document:
            document.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode())
            for part in body_parts:
                document.write(part.encode())
            document.write(b"</w:body></w:document>")


def nested_tables(folder, depth=10_000):
    def parts():
        yield PARAGRAPH
        yield "<w:tbl><w:tr><w:tc>" * depth
        yield PARAGRAPH
        yield "</w:tc></w:tr></w:tbl>" * depth
    docx(folder / "bang-long-nhau.docx", parts())
    return ["bang-long-nhau.docx"]


def smart_tags(folder, depth=10_000):
    tag = '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
    docx(folder / "the-thong-minh.docx", ["<w:p>", tag * depth, "<w:r><w:t>Hà Nội</w:t></w:r>", "</w:smartTag>" * depth, "</w:p>"])
    return ["the-thong-minh.docx"]


def huge_document_xml(folder, megabytes=195):
    row = "<w:tr>" + "<w:tc><w:p><w:r><w:t>Hà Nội 1.250</w:t></w:r></w:p></w:tc>" * 4 + "</w:tr>"
    rows = megabytes * 1024 * 1024 // len(row.encode())
    docx(folder / "lon.docx", (["<w:tbl>"] + [row] * rows + ["</w:tbl>"]))
    return ["lon.docx"]


def docx_at_limit(folder, rows=11_500):
    """Just under the Word limits: an 8 MB document.xml of a table of 23,000 similar cells."""
    cell = ('<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>'
            '<w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="24"/>'
            '</w:rPr><w:t>Hà Nội có 1.250 ca mắc, tăng 12% so với cùng kỳ năm trước</w:t></w:r></w:p></w:tc>')
    row = '<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>' + cell * 2 + "</w:tr>"
    docx(folder / "bang-dai.docx", ["<w:tbl>"] + [row] * rows + ["</w:tbl>"])
    return ["bang-dai.docx"]


def text(folder, name, content):
    (folder / name).write_text(content, encoding="utf-8")
    return [name]


def sentences(size):
    """About size bytes of sentences on one line."""
    sentence = "Hà Nội có 1.250 ca mắc. "
    return sentence * (size // len(sentence.encode()))


def figures_paragraph(size):
    fragment = ("chất lượng cơ sở đảng và đảng viên, năm 2023 toàn huyện có 1 đảng bộ và 5 chi bộ hoàn thành xuất sắc "
                "nhiệm vụ, chiếm 15,2%; hoàn thành tốt nhiệm vụ 32 chi, đảng bộ chiếm 78,1% và ")
    opening = "Đảng bộ huyện có 41 chi đảng bộ cơ sở, gồm: 13 đảng bộ cơ sở, 28 chi bộ; "
    return opening + fragment * ((size - len(opening.encode())) // len(fragment.encode())) + "\n"


def yaml_depth(folder, depth=50_000):
    (folder / "rules.yml").write_text("rules: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    return text(folder, "bai.md", "Hôm nay trời đẹp.\n")


def output_folder(folder):
    (folder / "bao-cao").mkdir()
    return text(folder, "bai.md", "Hôm nay trời đẹp.\n") + ["--output", "bao-cao"]


def annotate_folder(folder):
    (folder / "ban-sua").mkdir()
    docx(folder / "bai.docx", [PARAGRAPH])
    return ["bai.docx", "--annotate", "ban-sua"]


CLASSES = {
    "nested-tables": nested_tables,
    "block-quotes": lambda f: text(f, "trich-dan.md", ">" * 128 + " Hôm nay trời đẹp.\n"),
    "list-markers": lambda f: text(f, "danh-sach.md", "- " * 64 + "Hôm nay trời đẹp.\n"),
    "brackets": lambda f: text(f, "ngoac.md", "[" * 50_000 + "\n"),
    "stars": lambda f: text(f, "sao.md", "*a" * 40_000 + "\n"),
    "emphasis": lambda f: text(f, "nhan-manh.md", "*" * 5_000 + "chữ" + "*" * 5_000 + "\n"),
    "fffe": lambda f: text(f, "ky-tu.md", "Hôm nay \ufffe trời \uffff đẹp.\n") + text(f, "ky-tu.txt", "a\ufffeb\n"),
    "yaml-depth": yaml_depth,
    "output-folder": output_folder,
    "annotate-folder": annotate_folder,
    "smart-tags": smart_tags,
    # 1,000,000 lines short enough to stay under the size limit, so that the line limit refuses
    # them; the same lines longer; and what is just within both limits, to time the worst accepted.
    "md-paragraph": lambda f: text(f, "doan-dai.md", "ca\n" * 1_000_000),
    "md-paragraph-big": lambda f: text(f, "doan-dai.md", "Hà Nội có 1.250 ca mắc\n" * 1_000_000),
    "md-at-limit": lambda f: text(f, "doan-dai.md", "Hà Nội có 1.250 ca mắc\n" * 49_999),
    "txt-identical": lambda f: text(f, "lap.txt", "Có\n" * 1_000_000),
    "txt-identical-big": lambda f: text(f, "lap.txt", "Hà Nội có 1.250 ca mắc.\n" * 1_000_000),
    "txt-at-limit": lambda f: text(f, "lap.txt", "Hà Nội có 1.250 ca mắc.\n" * 49_999),
    "single-line": lambda f: text(f, "mot-dong.md", sentences(50 * 1024 * 1024) + "\n"),
    "line-at-limit": lambda f: text(f, "dong-dai.md", sentences(4 * 1024 * 1024 - 64) + "\n"),
    # One paragraph of 4 MB full of figures, counts and percentages (a fragment of a seed, repeated).
    "figures-paragraph": lambda f: text(f, "so-lieu.txt", figures_paragraph(4 * 1024 * 1024 - 64)),
    "huge-docx": huge_document_xml,
    "docx-at-limit": docx_at_limit,
}

if __name__ == "__main__":
    if sys.argv[1] == "--list":
        print("\n".join(CLASSES))
    else:
        print("\n".join(CLASSES[sys.argv[1]](Path(sys.argv[2]))))
