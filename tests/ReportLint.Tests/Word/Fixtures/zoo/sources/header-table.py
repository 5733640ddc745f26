"""A table whose first row repeats as a header, marked the way python-docx users do it (w:val="true")."""
import sys

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

document = Document()
document.add_heading("Báo cáo tình hình dịch bệnh", level=1)
document.add_paragraph("Tính đến ngày 5/3, cả nước ghi nhận 1.335 ca mắc.")
table = document.add_table(rows=3, cols=2)
for row, cells in zip(table.rows, [("Tỉnh", "Số ca"), ("Hà Nội", "1.250"), ("Huế", "85")]):
    for cell, text in zip(row.cells, cells):
        cell.text = text
header = OxmlElement("w:tblHeader")
header.set(qn("w:val"), "true")
table.rows[0]._tr.get_or_add_trPr().append(header)
document.save(sys.argv[1])
