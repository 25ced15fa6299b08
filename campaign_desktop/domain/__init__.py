"""The product's vocabulary, shared by every layer: statuses, types, reasons, roles.

It imports nothing of the project, so the database models, the engine and the screens
can all use it and the arrows between them keep pointing one way (ui → engine → db →
domain).
"""
