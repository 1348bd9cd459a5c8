"""The verbs a user calls, one module each: build, materialize, plan, simulate (simulate and
resume), grade, remote (a simulation on a LangGraph server) and draw (the graphs' drawings).
``synthcomp`` re-exports all but draw (the CLI's ``graph``); this package imports none of them
itself, and synthcomp.graphs loads each graph on first use, so one verb loads only the graphs
it runs."""
