"""LangGraph Studio entry graphs: the real graphs behind an input form a person can fill in.

``graphs.py`` holds the compiled graphs ``langgraph.json`` registers (no checkpointer: the
server brings its own). Each entry graph takes a persona or a computer folder, prepares what
the real graph needs (builds, plans, makes a run folder) and runs the real graph as a subgraph
with its full run context, so Studio shows the real graph's steps.
"""
