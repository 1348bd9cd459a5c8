"""Training exports of runs: a run's trajectory as the requests the model was sent (OpenAI chat
format), in LLaMA-Factory's ShareGPT layout, and the manifest of what was exported."""
