"""逾期一览: everything due today or overdue, across record kinds."""
