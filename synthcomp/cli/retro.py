"""`synthcomp retro`."""
