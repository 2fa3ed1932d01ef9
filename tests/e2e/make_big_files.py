#!/usr/bin/env python3
"""Writes the oversized inputs of the limits test into a folder: a 50 MB CSV and an XLSX with 100,000
rows (a minimal workbook written with the standard library only). usage: make_big_files.py DIR"""
import os
import sys
import zipfile

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
row = "Bergen,4601,Vann og avløp;Barnevern;,2\n"
with open(os.path.join(out, "fifty_megabytes.csv"), "w", encoding="utf-8") as f:
    f.write("Kommune,Kommunenummer,Hvilke kompetanseområder kan kommunen bidra med?,Hvor mange?\n")
    f.write(row * (50 * 1024 * 1024 // len(row.encode()) + 1))

rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Kommune</t></is></c><c r="B1" t="inlineStr"><is><t>Kommunenummer</t></is></c></row>']
rows += [f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>K{i}</t></is></c><c r="B{i}"><v>{i}</v></c></row>' for i in range(2, 100_002)]
sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + "".join(rows) + "</sheetData></worksheet>")
files = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Svar" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": sheet,
}
with zipfile.ZipFile(os.path.join(out, "hundred_thousand_rows.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    for name, body in files.items():
        z.writestr(name, body)

# 1,428 municipalities (the national offers four times over, with other numbers): against the 1,302
# communities of the national needs, 1.86 million pairs, over the matching limit of 1,000,000.
import csv
src = os.path.join(os.path.dirname(__file__), "..", "fixtures", "samples", "scale", "tilbud_alle_357.csv")
with open(src, encoding="utf-8-sig", newline="") as f:
    table = list(csv.reader(f))
header, body = table[0], table[1:]
number = header.index("Kommunenummer")
with open(os.path.join(out, "tilbud_1428_kommuner.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(header)
    for k in range(4 * len(body)):
        r = list(body[k % len(body)])
        r[number] = f"{1000 + k:04d}"
        r[0] = f"{r[0]} {k // len(body)}"
        w.writerow(r)
