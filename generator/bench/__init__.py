"""The benchmark: synthetic seeds, and what building briefings and the site from them costs."""
