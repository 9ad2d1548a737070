"""领导值班: the duty roster (值班领导 per date), swaps (值班交接) and the daily 值班记录."""
