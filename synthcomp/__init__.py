"""synthcomp: synthetic computers and long-horizon office-work simulations on LangGraph."""

__version__ = "0.1.0"
