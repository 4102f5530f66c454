"""Reads every cell of an XLSX with openpyxl and prints the workbook as JSON, keeping each cell's type.

Usage: read_xlsx.py FILE. Output: {"sheets": [{"name", "rows", "streamed"}], "warnings": [...]}, where a cell is null, a
string, a number, or {"date": "ISO text"} for a date or time, so the test can tell a number written as text from a
number; "streamed" is the sheet's size as the read-only mode (the one pandas uses) sees it, [max_row, max_column], null
when the file does not say. A file openpyxl cannot open ends the script with its exception, which the test shows.
"""
import datetime
import json
import sys
import warnings

import openpyxl


def cell(value):
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return {"date": value.isoformat()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return {"other": repr(value)}


def main(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # The full reader parses styles, column widths and data validations, which a reader can trip on.
        book = openpyxl.load_workbook(path)
        streamed = openpyxl.load_workbook(path, read_only=True)
        sheets = []
        for sheet in book.worksheets:
            rows = [[cell(c.value) for c in row] for row in sheet.iter_rows()]
            size = streamed[sheet.title]
            sheets.append({"name": sheet.title, "rows": rows, "streamed": [size.max_row, size.max_column]})
    json.dump({"sheets": sheets, "warnings": [str(w.message) for w in caught]}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
