"""Printed forms: Jinja2 HTML templates from resources/templates → A4 pages (PDF or printer)."""
