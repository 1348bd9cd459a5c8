"""Many computers at once: jobs, the pipeline of one, backends, the batch record."""
