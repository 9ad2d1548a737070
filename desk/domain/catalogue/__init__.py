"""事项库: versioned service items with their materials and refusal reasons."""
