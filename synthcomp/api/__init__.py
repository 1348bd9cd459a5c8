"""The verbs a user calls, one module each: build, materialize, plan, simulate (simulate and
resume), grade, and remote (a simulation on a LangGraph server). ``synthcomp`` re-exports
them; this package imports none of them itself, so importing one verb loads only its graphs."""
