"""The report page: one self-contained HTML file about a run, a batch or an experiment."""
