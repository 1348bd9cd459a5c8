"""A run's default budgets: the paper's month, at most as many turns as a long month takes, and
a day's turns bounded so a model that never stops still ends its day."""

MAX_TURNS = 2500
DAYS = 20
DAY_TURNS = 150
