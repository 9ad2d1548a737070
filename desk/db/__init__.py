"""Storage layer: typed SQLAlchemy models, the engine/session factory and migrations.

Nothing here imports Qt.
"""
