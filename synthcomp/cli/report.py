"""`synthcomp report`."""
