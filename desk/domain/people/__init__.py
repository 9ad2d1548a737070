"""Staff, departments, posts and their A/B holders; operators, roles, PINs, the first admin."""
