"""Anonymous usage counts: hourly totals in a local SQLite file, the recorder that fills it from
the window's and the visitor session's signals, and the CSV export (no Qt in store and export).
"""
