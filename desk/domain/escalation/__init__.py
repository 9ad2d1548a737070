"""Nobody waits for a person who is away: handovers and callbacks handed on to B or the head."""
