"""一次性告知: notices, supplement notices and 否定报备 refusals."""
