"""What the tests share: fakes (a scripted chat model, a misbehaving OpenAI-compatible server,
a harness that calls tools as the user agent does), the personas they use and file helpers."""

LYON = "A procurement manager at a mid-size hospital in Lyon"
