"""Working days: the State Council's arrangement, the hall's own overrides, provisional years."""
