"""`synthcomp experiment`."""
