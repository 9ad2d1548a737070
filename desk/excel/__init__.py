"""Excel workbooks: the monthly ledgers (月度台账) and other spreadsheet exports."""
