"""`synthcomp skills`."""
