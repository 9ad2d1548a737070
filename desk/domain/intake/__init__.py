"""办事登记 and 首问: routing, checks, the register's search index, handovers."""
