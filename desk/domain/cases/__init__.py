"""限时办结: accepted cases, promised dates in working days, extensions."""
