"""Everything about a run folder: the names of its files, its saved context, lock and summary
(folder), its trajectory, its checkpoints (SQLite), writing its summary (summary), and the run
context the simulation's graphs receive (context). Import from the module you need: this
package imports none of them, so reading a run's file names loads no model."""
