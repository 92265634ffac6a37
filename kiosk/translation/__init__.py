"""The content translation workflow: PO export and import, provenance, coverage. No Qt here.

A language file's texts are entries keyed by their path (`countries.KZ.role`,
`pages.visit[0].items[1]`, texts.py); each translated entry remembers the reference text it
was made from (provenance.py), so a changed reference makes it stale; `kiosk translate`
(kiosk/commands/translate.py) exports them to PO for Poedit or Weblate (po_export.py) and
imports them back into the YAML file's text, line by line (po_import.py, yaml_edit.py);
`kiosk validate --coverage` counts them (coverage.py) beside the interface catalogue's state
(catalogue.py). docs/translating.md is the editor's guide.
"""
