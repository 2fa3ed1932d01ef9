"""Fills a questionnaire's spreadsheet as a program would, with openpyxl (an independent reader and writer of
XLSX): the example row removed, the given rows written under the headers, the workbook saved; and says what a
spreadsheet program sees in it: each sheet, the hidden columns, the frozen header, every data validation.
Usage: python3 template_fill.py TEMPLATE.xlsx ROWS.json OUT.xlsx  (ROWS.json: a list of rows, each a list of
cells: text, a number, or null). Prints the description as JSON."""

import json
import sys

import openpyxl


def describe(book):
    sheets = []
    for ws in book.worksheets:
        sheets.append(
            {
                "name": ws.title,
                "rows": ws.max_row,
                "columns": ws.max_column,
                "freeze": ws.freeze_panes,
                "hidden": sorted(k for k, d in ws.column_dimensions.items() if d.hidden),
                "headers": [c.value for c in ws[1]],
                "validations": [
                    {"type": v.type, "sqref": str(v.sqref), "formula1": v.formula1, "prompt": v.prompt}
                    for v in ws.data_validations.dataValidation
                ],
            }
        )
    return sheets


def main():
    template, rows_path, out = sys.argv[1:4]
    book = openpyxl.load_workbook(template)
    seen = describe(book)
    sheet = book.worksheets[0]
    example = [c.value for c in sheet[2]]
    sheet.delete_rows(2)
    with open(rows_path, encoding="utf-8") as f:
        rows = json.load(f)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None and value != "":
                sheet.cell(row=r, column=c, value=value)
    book.save(out)
    print(json.dumps({"sheets": seen, "example": example}, ensure_ascii=False))


main()
