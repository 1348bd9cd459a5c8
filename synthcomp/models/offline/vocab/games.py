"""Vocabulary of game development: studios, producers, launches."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

_GAME_DEVELOPMENT = Domain(
    key="game_development",
    industry="Video Games",
    keywords=(
        "game producer", "game designer", "game developer", "game studio", "games studio",
        "video game", "videogame", "video games", "indie game", "steam", "early access",
        "early-access", "unity", "unreal", "playtest", "gameplay", "level designer",
        "jeu vidéo", "jeux vidéo", "videojuego", "videojogo", "spieleentwickl", "computerspiel",
        "游戏", "ゲーム", "esports", "console", "mobile game", "game",
    ),
    employer_patterns=("{company} Games", "{last_name} Interactive", "{city} Game Studio"),
    departments=("Production", "Game Design", "Engineering", "Art", "QA", "Publishing",
                 "Live Operations", "Community"),
    roles=(
        ("QA Tester", "junior"), ("Junior Producer", "junior"), ("Game Designer", "mid"),
        ("Producer", "mid"), ("Senior Producer", "senior"), ("Lead Designer", "lead"),
        ("Executive Producer", "executive"), ("Studio Head", "executive"),
    ),
    counterpart_kinds=("publisher", "platform holder", "outsourcing studio", "localisation vendor",
                       "community", "investor"),
    project_patterns=(
        "Milestone {quarter} {year}", "{item} outsourcing with {counterpart}",
        "Closed beta {year}", "Localisation pass {year}", "Trailer and store page {year}",
        "Performance pass {quarter} {year}",
    ),
    line_items=(
        LineItem("Developer day", "day", 250.0, 600.0),
        LineItem("Outsourced 3D asset", "asset", 300.0, 3000.0),
        LineItem("Localisation (per 1,000 words)", "kword", 80.0, 180.0),
        LineItem("QA tester day", "day", 120.0, 300.0),
        LineItem("Trailer production", "trailer", 3000.0, 25000.0),
        LineItem("Composer and audio", "minute", 200.0, 1200.0),
        LineItem("Engine and middleware licences", "seat", 300.0, 2500.0),
        LineItem("Cloud build servers", "month", 150.0, 2000.0),
        LineItem("Steam direct fee", "title", 90.0, 90.0),
        LineItem("Influencer and press keys campaign", "campaign", 1000.0, 20000.0),
    ),
    metrics=(
        Metric("Wishlists", "count", 2000.0, 150000.0, True),
        Metric("Open bugs", "count", 20.0, 900.0, False),
        Metric("Crash-free sessions", "%", 92.0, 99.9, True),
        Metric("Sprint velocity", "score", 20.0, 80.0, True),
        Metric("Playtest rating", "score", 2.8, 4.7, True),
        Metric("Burn rate per month", "EUR", 20000.0, 400000.0, False),
    ),
    doc_topics=(
        "Milestone plan {quarter} {year}", "Bug triage {quarter}", "Launch checklist {year}",
        "Playtest report - {item}", "Publisher update - {counterpart}", "Production budget {year}",
        "Store page copy", "Sprint review {quarter} {year}", "Risk register {year}",
    ),
    phrases=(
        "The build for {project} passed certification on {date} after two resubmissions.",
        "Our {metric} stands at {value}, ahead of where we were before the last festival.",
        "{counterpart} wants the updated trailer a week before the store page goes live.",
        "{person} will run the playtest on {date} with twenty external players.",
        "The outsourced {item} arrived late, so the art lock moves by three days.",
        "Crash reports from the beta point to the save system on low-memory machines.",
        "We cut one biome from the early-access scope to protect the launch date.",
        "{person} is preparing the community update that goes out on {date}.",
        "The localisation vendor needs the final strings by {date}.",
        "The budget for {project} includes marketing beats and a post-launch patch.",
        "Every sprint ends with a build that anyone in the studio can play.",
        "{counterpart} asked for the revenue forecast by platform and region.",
    ),
    risks=(
        "Scope creep before the launch date", "Platform certification failure",
        "Key engineer leaving mid-project", "Negative reviews in the first week",
        "Outsourced assets late or off-style", "Server costs above plan at launch",
    ),
    actions=(
        "{person} to lock the feature list by {date}", "Send press keys to the shortlist",
        "{person} to triage the crash reports", "Update the store page screenshots",
        "{person} to confirm the localisation delivery by {date}",
    ),
    tools=("Jira", "Unity", "Perforce", "Slack", "Google Sheets", "Steamworks", "Miro", "Notion"),
    abbreviations=("QA", "EA", "KPI", "DLC", "UX", "CCU"),
)
