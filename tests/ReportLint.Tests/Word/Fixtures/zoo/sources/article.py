"""The article as python-docx writes it: headings, list styles, a table with a merged cell, a header and a footer."""
import sys

from docx import Document

document = Document()
document.sections[0].header.paragraphs[0].text = "Bản tin kinh tế"
document.sections[0].footer.paragraphs[0].text = "Trang tin điện tử"
document.add_heading("Kinh tế quý I tăng trưởng khá", level=1)
paragraph = document.add_paragraph("Theo ")
paragraph.add_run("Tổng cục Thống kê").bold = True
paragraph.add_run(", tổng sản phẩm trong nước (GDP) quý I ước tăng 5,66% so với cùng kỳ năm trước.")
document.add_heading("Các động lực chính", level=2)
for item in ["Xuất khẩu đạt 93,06 tỷ USD, tăng 17%.", "Khách quốc tế đến Việt Nam đạt 4,6 triệu lượt."]:
    document.add_paragraph(item, style="List Bullet")
for item in ["Ổn định kinh tế vĩ mô.", "Đẩy mạnh giải ngân vốn đầu tư công."]:
    document.add_paragraph(item, style="List Number")
table = document.add_table(rows=4, cols=2)
for row, cells in zip(table.rows, [("Khu vực", "Tốc độ tăng (%)"), ("Nông nghiệp", "2,98"), ("Công nghiệp", "6,28"), ("Dịch vụ", "6,12")]):
    for cell, text in zip(row.cells, cells):
        cell.text = text
merged = table.add_row().cells
merged[0].merge(merged[1]).text = "Nguồn: Tổng cục Thống kê"
document.add_paragraph("Nhiều địa phương đã chủ động tháo gỡ khó khăn cho doanh nghiệp.")
document.save(sys.argv[1])
