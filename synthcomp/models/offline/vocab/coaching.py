"""Vocabulary of coaching: sports and robotics coaches, clubs, teams and competitions."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

_COACHING = Domain(
    key="coaching",
    industry="Sport & Youth Activities",
    keywords=(
        "coach", "coaching", "trainer", "robotics", "robotics team", "sports club", "athlet",
        "tournament", "championship", "competition", "league", "entraîneur", "entraineuse",
        "entrenador", "entrenadora", "treinador", "treinadora", "übungsleiter", "教练",
        "コーチ", "監督", "squad", "first robotics", "vex",
    ),
    employer_patterns=("{city} {company} Club", "{city} Youth Robotics", "{last_name} Academy"),
    departments=("Coaching", "Youth Programmes", "Competition Team", "Club Operations",
                 "Outreach"),
    roles=(
        ("Assistant Coach", "junior"), ("Coach", "mid"), ("Team Coach", "mid"),
        ("Senior Coach", "senior"), ("Head Coach", "lead"), ("Programme Director", "executive"),
    ),
    counterpart_kinds=("league", "sponsor", "school district", "parents' association",
                       "venue", "equipment supplier"),
    project_patterns=(
        "Season {year}", "Regional competition {year}", "Sponsor drive {year}",
        "{item} order for {quarter}", "Summer camp {year}",
    ),
    line_items=(
        LineItem("Competition entry fee", "team", 150.0, 6000.0),
        LineItem("Robot kit and spare parts", "kit", 300.0, 2500.0),
        LineItem("Team travel (per person)", "trip", 60.0, 600.0),
        LineItem("Team shirts", "unit", 10.0, 30.0),
        LineItem("Venue hire", "session", 50.0, 400.0),
        LineItem("Coaching hour", "hour", 20.0, 70.0),
        LineItem("Training equipment", "unit", 20.0, 400.0),
    ),
    metrics=(
        Metric("Athletes or students enrolled", "count", 8.0, 120.0, True),
        Metric("Attendance at practice", "%", 60.0, 98.0, True),
        Metric("Competition ranking", "count", 1.0, 60.0, False),
        Metric("Sponsorship raised", "EUR", 500.0, 40000.0, True),
        Metric("Practice hours per week", "hours", 3.0, 20.0, True),
    ),
    doc_topics=(
        "Season plan {year}", "Practice schedule {quarter}", "Competition budget {year}",
        "Sponsor letter - {counterpart}", "Parent information pack", "Travel plan {year}",
        "Team roster {year}", "Match report {quarter}",
    ),
    phrases=(
        "Practice moves to Tuesdays and Thursdays until the competition on {date}.",
        "{counterpart} agreed to sponsor the team shirts and part of the travel.",
        "Our {metric} this season is {value}, better than last year.",
        "{person} will collect the consent forms before {date}.",
        "The budget for {project} covers entry fees, {item} and the bus.",
        "Two students are new this season and pair with the veterans at every practice.",
        "{person} is booking the venue for the qualifier on {date}.",
        "We still need {item} before the inspection of the robots.",
        "Parents receive the travel plan a week before each event.",
        "{counterpart} changed the rules for this season, so the design review comes first.",
    ),
    risks=(
        "Not enough volunteers for travel weekends", "Sponsor pulling out",
        "Equipment failure at competition", "Injuries or safeguarding incidents",
        "Venue unavailable for practice",
    ),
    actions=(
        "{person} to confirm the bus booking by {date}", "Send the sponsor thank-you letters",
        "{person} to order {item}", "Update the team roster",
        "{person} to collect consent forms by {date}",
    ),
    tools=("Google Sheets", "Google Docs", "TeamSnap", "Slack", "Canva", "Excel"),
    abbreviations=("FRC", "FTC", "PE", "DBS"),
)
