"""A decree laid out as Vietnamese administrative documents are (Nghị định 30/2020/NĐ-CP, Phụ lục
I): the header block in a two-column borderless table, "Số: ..../2024/NĐ-CP", the signature block
pushed right with runs of spaces and tabs, an annex form with dotted leaders and underscores, and
model forms in text boxes that each repeat the same header. GENERATED, not downloaded: the wording
is invented in the style of real decrees. Only the standard library."""
import sys
import zipfile
from xml.sax.saxutils import escape

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
     'xmlns:v="urn:schemas-microsoft-com:vml"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def run(text):
    # A tab stays a tab (w:tab), as Word writes it.
    pieces = text.split("\t")
    out = []
    for i, piece in enumerate(pieces):
        if i:
            out.append("<w:r><w:tab/></w:r>")
        if piece:
            out.append(f'<w:r><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


def p(text, props=""):
    return f"<w:p>{props}{run(text)}</w:p>"


def centred(text):
    return p(text, '<w:pPr><w:jc w:val="center"/></w:pPr>')


def cell(*paragraphs):
    return '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>' + "".join(paragraphs) + "</w:tc>"


def header_table(agency, number):
    return ('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
            '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
            "<w:tr>" + cell(centred(agency), centred("_______"), centred(number))
            + cell(centred("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), centred("Độc lập - Tự do - Hạnh phúc"), centred("_______________________"),
                   centred("Hà Nội, ngày      tháng      năm 2024"))
            + "</w:tr></w:tbl>")


def text_box(*paragraphs):
    return ('<w:p><w:r><w:pict><v:shape style="width:450pt;height:300pt"><v:textbox><w:txbxContent>'
            + "".join(paragraphs) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")


form_header = [
    centred("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    centred("Độc lập - Tự do - Hạnh phúc"),
    centred("Ủy ban nhân dân xã, phường, thị trấn nơi người đề nghị cư trú tiếp nhận và giải quyết hồ sơ này."),
    p("Số: ..../...."),
]


def model_form(title, purpose):
    return text_box(*form_header, centred(title), p(purpose),
                    p("Họ và tên: ........................................"),
                    p("Địa chỉ: …………………………………………"),
                    p("Ngày cấp: ____/____/______"),
                    p("                              NGƯỜI ĐỀ NGHỊ"),
                    p("                     (Ký, ghi rõ họ tên)"))


body = "".join([
    header_table("CHÍNH PHỦ", "Số: ..../2024/NĐ-CP"),
    centred("NGHỊ ĐỊNH"),
    centred("Quy định về thủ tục hành chính trong lĩnh vực hộ tịch"),
    p("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"),
    p("Theo đề nghị của Bộ trưởng Bộ Tư pháp;"),
    p("Chính phủ ban hành Nghị định quy định về thủ tục hành chính trong lĩnh vực hộ tịch."),
    p("Điều 1. Phạm vi điều chỉnh"),
    p("Nghị định này quy định về hồ sơ, trình tự và thời hạn giải quyết thủ tục đăng ký hộ tịch tại Ủy ban nhân dân cấp xã."),
    p("Điều 2. Hiệu lực thi hành"),
    p("Nghị định này có hiệu lực thi hành kể từ ngày …… tháng …… năm 2024."),
    p("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./."),
    p("Nơi nhận:\t\t\t\t\tTM. CHÍNH PHỦ"),
    p("- Ban Bí thư Trung ương Đảng;\t\t\t\tTHỦ TƯỚNG"),
    p("- Lưu: VT, PL (2b)."),
    p("                                                                              Nguyễn Văn A"),
    centred("Phụ lục I"),
    centred("MẪU ĐƠN ĐỀ NGHỊ"),
    centred("(Kèm theo Nghị định số  ..../2024/NĐ-CP ngày …. tháng …. năm 2024 của Chính phủ)"),
    p("Kính gửi: ……………………………………"),
    p("Họ và tên người đề nghị: ........................................................"),
    p("Số định danh cá nhân: ___________________"),
    p("Nơi cư trú: ................................................................"),
    p("Nội dung đề nghị: ………………………………………………………………"),
    p("                                                            ............, ngày .... tháng .... năm ......"),
    p("                                                                      NGƯỜI ĐỀ NGHỊ"),
    centred("Phụ lục II"),
    centred("CÁC MẪU TỜ KHAI"),
    model_form("TỜ KHAI ĐĂNG KÝ KHAI SINH", "Đề nghị cơ quan đăng ký khai sinh cho người dưới đây."),
    model_form("TỜ KHAI ĐĂNG KÝ KẾT HÔN", "Đề nghị cơ quan đăng ký kết hôn cho hai người dưới đây."),
    model_form("TỜ KHAI ĐĂNG KÝ KHAI TỬ", "Đề nghị cơ quan đăng ký khai tử cho người dưới đây."),
    '<w:sectPr/>',
])

parts = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{TYPE}document.main+xml"/></Types>',
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>',
}

with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as package:
    for name, content in parts.items():
        package.writestr(name, content)
