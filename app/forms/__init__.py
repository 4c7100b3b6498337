"""Dialogs and attribute forms of the editor, built from the schema table and the code lists."""
