"""月度台账: the rows and summary of every ledger sheet, built from the stores."""
