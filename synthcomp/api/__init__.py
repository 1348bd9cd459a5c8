"""The verbs a user calls, one module each: build, materialize, plan, simulate (simulate and
resume), grade, remote (a simulation on a LangGraph server) and draw (the graphs' drawings).
``synthcomp`` re-exports them; this package imports none of them itself, so importing one verb
loads only its own graphs."""
