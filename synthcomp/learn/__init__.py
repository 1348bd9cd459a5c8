"""The paper's learning loop: a run's retrospective, the experience items drawn from it, occupation
skills written from many runs' items, and the experiment that measures what a skill changes."""
