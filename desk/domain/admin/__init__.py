"""The hall's housekeeping: audit trail, backups, privacy clean-up, settings."""
