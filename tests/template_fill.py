"""Fills a questionnaire's spreadsheet as a program would, with openpyxl (an independent reader and writer of
XLSX): the example row removed, the given rows written under the headers, the workbook saved; and says what a
spreadsheet program sees in it: each sheet, the hidden columns, the frozen header, every data validation.
Usage: python3 template_fill.py TEMPLATE.xlsx ROWS.json OUT.xlsx  (ROWS.json: a list of rows, each a list of
cells: text, a number, or null), or python3 template_fill.py TEMPLATE.xlsx --sample N OUT.xlsx: N respondents
answered as a person would from the sheet alone (a municipality or community from the list, the first option
of each drop-down, an x under every third option, text where there is no list). Prints the description as
JSON."""

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


def sample(book, seen, n):
    """N respondents, from what the sheet offers."""
    answers, listed = seen[0], book.worksheets[1]
    by_column = {}
    for v in answers["validations"]:
        column = "".join(ch for ch in v["sqref"].split(":")[0] if ch.isalpha())
        by_column[openpyxl.utils.column_index_from_string(column) - 1] = v["formula1"]
    rows = []
    for i in range(n):
        row = []
        for c, header in enumerate(answers["headers"]):
            formula = by_column.get(c)
            if header and header.startswith("kommunematch:"):
                row.append(None)
            elif formula is None:
                mail = any(w in header.lower() for w in ("e-post", "e-mail", "пошта"))
                row.append(f"person{i}@example.no" if mail else f"Svar {i + 1}")
            elif formula == '"x"':
                row.append("x" if (c + i) % 3 == 0 else None)
            elif "!" in formula:
                row.append(listed.cell(row=2 + 7 * i, column=1).value)
            else:
                row.append(formula.strip('"').split(",")[0])
        rows.append(row)
    return rows


def main():
    template, rows_path, out = sys.argv[1:4]
    book = openpyxl.load_workbook(template)
    seen = describe(book)
    sheet = book.worksheets[0]
    example = [c.value for c in sheet[2]]
    sheet.delete_rows(2)
    if rows_path == "--sample":
        rows_path, out = sys.argv[3], sys.argv[4]
        rows = sample(book, seen, int(rows_path))
    else:
        with open(rows_path, encoding="utf-8") as f:
            rows = json.load(f)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None and value != "":
                sheet.cell(row=r, column=c, value=value)
    book.save(out)
    print(json.dumps({"sheets": seen, "example": example}, ensure_ascii=False))


main()
