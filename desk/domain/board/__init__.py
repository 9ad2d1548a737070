"""去向牌: whereabouts, A/B coverage, handover notes for B, history, what waits for a person."""
