"""Vocabularies of civil society: non-profits and journalism."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

_NONPROFIT = Domain(
    key="nonprofit",
    industry="Nonprofit & NGO",
    keywords=(
        "nonprofit", "non-profit", "not-for-profit", "ngo", "ngos", "ong", "ongs", "npo",
        "charit", "foundation", "fondation", "fundación", "fundação", "fondazione", "stiftung",
        "stichting", "fundacja", "vakıf", "humanitar", "grant", "grants", "donor", "donateur",
        "donant", "doador", "spende", "fundrais", "collecte de fonds", "recaudación de fondos",
        "raccolta fondi", "volunteer", "bénévole", "voluntari", "volontari", "ehrenamt",
        "vrijwillig", "wolontariu", "gönüllü", "food bank", "banque alimentaire",
        "banco de alimentos", "development aid", "international development",
        "community development", "desarrollo comunitario", "desarrollo rural", "advocacy",
        "social enterprise", "third sector", "association loi 1901", "secteur associatif",
        "gemeinnützig", "relief agency", "disaster relief", "refugee", "réfugié",
        "flüchtling", "monitoring and evaluation", "m&e", "theory of change", "logframe",
        "beneficiar", "bénéficiaires", "civil society", "慈善", "公益", "非营利", "非営利",
        "منظمة غير حكومية", "جمعية خيرية", "خيري", "गैर-सरकारी", "एनजीओ",
    ),
    employer_patterns=(
        "{company} Foundation", "{city} Community Trust", "{last_name} Foundation",
        "{city} Food Bank", "{last_name} Community Association", "{company} Relief",
        "Friends of {city}",
    ),
    departments=(
        "Programmes", "Fundraising", "Grants", "Finance & Compliance",
        "Monitoring & Evaluation", "Volunteer Services", "Advocacy", "Communications",
    ),
    roles=(
        ("Volunteer", "junior"), ("Programme Assistant", "junior"),
        ("Fundraising Officer", "mid"), ("Grants Officer", "mid"),
        ("Volunteer Coordinator", "mid"), ("Programme Officer", "mid"),
        ("Monitoring & Evaluation Officer", "mid"), ("Grants Manager", "senior"),
        ("Programme Manager", "lead"), ("Head of Fundraising", "lead"),
        ("Country Director", "executive"), ("Executive Director", "executive"),
    ),
    counterpart_kinds=(
        "donor", "foundation", "government funder", "implementing partner", "community group",
        "volunteer", "auditor",
    ),
    project_patterns=(
        "{counterpart} grant {year}", "Winter appeal {year}", "Community kitchen {city}",
        "Girls' education programme {year}", "Emergency response {quarter} {year}",
        "Volunteer recruitment drive {year}", "Annual donor report {year}",
        "Clean water project with {counterpart}", "{city} youth mentoring scheme",
    ),
    line_items=(
        LineItem("Weekly food parcel for a family", "parcel", 25.0, 60.0),
        LineItem("Hygiene kits", "kit", 8.0, 25.0),
        LineItem("School supplies kits", "kit", 10.0, 35.0),
        LineItem("Volunteer training session", "session", 100.0, 600.0),
        LineItem("Household water filters", "unit", 20.0, 60.0),
        LineItem("Field staff salary (per month)", "month", 400.0, 3500.0),
        LineItem("Vehicle hire for field visits (per day)", "day", 50.0, 150.0),
        LineItem("Community workshop", "workshop", 150.0, 900.0),
        LineItem("Emergency shelter kits", "kit", 60.0, 200.0),
        LineItem("Printed awareness materials", "batch", 100.0, 1200.0),
        LineItem("Fundraising event venue", "event", 500.0, 5000.0),
        LineItem("Donor database licence (annual)", "licence", 1000.0, 8000.0),
        LineItem("External grant audit", "audit", 3000.0, 15000.0),
        LineItem("Report translation (per page)", "page", 15.0, 40.0),
    ),
    metrics=(
        Metric("Beneficiaries reached", "count", 200.0, 40000.0, True),
        Metric("Funds raised", "EUR", 20000.0, 2500000.0, True),
        Metric("Grant spend rate", "%", 40.0, 100.0, True),
        Metric("Donor retention", "%", 35.0, 75.0, True),
        Metric("Volunteer hours", "hours", 200.0, 12000.0, True),
        Metric("Cost per beneficiary", "EUR", 5.0, 250.0, False),
        Metric("Programme targets on track", "%", 50.0, 100.0, True),
        Metric("Administrative cost ratio", "%", 6.0, 20.0, False),
        Metric("Active volunteers", "count", 20.0, 800.0, True),
        Metric("Reports submitted on time", "%", 70.0, 100.0, True),
    ),
    doc_topics=(
        "Grant proposal - {counterpart}", "Donor report {quarter} {year}", "Logframe {year}",
        "Budget narrative", "Theory of change", "Volunteer rota {quarter} {year}",
        "Monitoring visit report", "Beneficiary feedback summary", "Fundraising plan {year}",
        "Board meeting minutes {quarter} {year}", "Partnership agreement - {counterpart}",
        "Annual impact report {year}", "Safeguarding policy", "Budget line review - {item}",
        "Grant expense tracker - {counterpart}", "Needs assessment {year}",
    ),
    phrases=(
        "The interim report to {counterpart} is due on {date}, and they want beneficiary numbers "
        "broken down by age and gender.",
        "Our {metric} reached {value} this quarter, ahead of the target in the logframe.",
        "{person} is checking the invoices for {item} against the grant budget before the "
        "quarterly report.",
        "The foundation asked us to resubmit the budget with a smaller share for salaries and "
        "more for direct activities.",
        "Volunteer numbers drop every summer, so we are recruiting students for the holiday "
        "period.",
        "Please keep every receipt for the grant, because the auditor checks all expenses above a "
        "small threshold.",
        "The winter appeal raised more than last year, mainly from regular givers who increased "
        "their monthly gift.",
        "Our implementing partner reported delays because the road to two villages is closed in "
        "the rainy season.",
        "{counterpart} has approved a three-month no-cost extension for {project}.",
        "Safeguarding training is mandatory for all staff and volunteers working with children "
        "and must be refreshed every two years.",
        "{person} will present the impact report to the board on {date}.",
        "Beneficiary feedback shows that families value the cooking classes as much as the food "
        "parcels.",
        "Moving budget from {item} to transport needs written approval from the donor.",
        "The community committee asked us to move distribution day to Saturday so that working "
        "parents can come.",
        "Our {metric} is at {value}, and the finance committee wants to keep it below 15% next "
        "year.",
        "Please log volunteer hours in the database every week, because we use them as match "
        "funding in two applications.",
        "The local authority has offered a hall free of charge for the weekly drop-in sessions.",
        "The tax relief claim on last quarter's donations was submitted on {date}.",
        "The new theory of change focuses on long-term employment rather than one-off training "
        "sessions.",
        "{person} is drafting the concept note for {counterpart}, which has a three-page limit.",
        "Monitoring visits found that 86% of the water filters were still in use six months "
        "after distribution.",
        "We have two applications pending and one rejection this month; the feedback mentioned "
        "weak evidence of sustainability.",
        "Income from the charity shop covers most of the rent for the community centre.",
        "Please send me photos and short stories from the field, with signed consent forms, for "
        "the donor newsletter.",
        "The annual audit found no significant issues but recommended a clearer policy on cash "
        "advances to field staff.",
        "The cost of {item} has risen by a fifth since the budget was written, so we will reach "
        "fewer households unless we find more funding.",
        "{counterpart} wants a site visit to {project} before deciding on the second-year grant.",
    ),
    risks=(
        "Loss of a major funder", "Ineligible expenses found in a grant audit",
        "Safeguarding incident involving a beneficiary", "Volunteer shortage at peak demand",
        "Security risks for field staff", "Rising cost of relief items",
        "Reputational damage from negative press", "Delays by implementing partners",
        "Over-reliance on restricted funding",
    ),
    actions=(
        "{person} to submit the interim report by {date}",
        "Collect receipts for all grant expenses",
        "{person} to update the logframe indicators",
        "Ask the donor to approve the budget reallocation",
        "{person} to schedule safeguarding training for new volunteers",
        "Check the grant budget line for {item} with finance",
        "{person} to draft the concept note by {date}",
        "Thank regular donors in the autumn newsletter",
        "Log the month's volunteer hours",
        "{person} to prepare the board pack by {date}",
        "Book monitoring visits to the partner sites",
    ),
    tools=("Salesforce Nonprofit Cloud", "Excel", "Google Workspace", "Mailchimp",
           "KoboToolbox", "Canva", "Zoom", "Outlook", "QuickBooks"),
    abbreviations=("MEAL", "TOC", "NGO", "CBO", "LF", "MOU", "IR", "FR", "CN", "KPI"),
)


_JOURNALISM = Domain(
    key="journalism",
    industry="Media & Publishing",
    keywords=(
        "journalis", "periodist", "jornalist", "giornalist", "dziennikarz", "gazeteci",
        "記者", "记者", "新闻", "ジャーナリスト", "صحفي", "صحافة", "पत्रकार", "reporter",
        "correspondent", "editor", "éditeur", "éditrice", "maison d'édition", "éditions",
        "rédacteur", "rédactrice", "rédaction", "redakteur", "redaktion", "redaktor",
        "redacción", "redação", "redazione", "redactie", "chefredakt", "newsroom",
        "newspaper", "news agency", "news desk", "newsdesk", "wire service", "news",
        "broadcast", "radio", "magazine", "zeitung", "tageszeitung", "journal quotidien",
        "quotidien national", "quotidien régional", "periódico",
        "jornal", "giornale", "gazete", "gazeta", "krant", "dagblad", "photojournalist",
        "podcast", "documentary film", "documentaries", "publishing", "publisher", "verlag",
        "literaturverlag",
        "buchverlag", "fachverlag", "lektor", "copy editor", "proofread", "translator",
        "translation", "übersetz", "tradu", "literary agent", "book publishing",
        "children's books", "fact-check", "columnist", "media outlet", "television",
        "production assistant", "production designer", "film production", "tv presenter", "出版",
        "编辑", "編集",
        "प्रकाशन",
    ),
    employer_patterns=(
        "The {city} Herald", "{city} Daily", "{company} Media", "{last_name} Publishing",
        "{city} Press", "{last_name} Books", "{company} News Agency",
    ),
    departments=(
        "Newsroom", "Business Desk", "Features", "Investigations", "Digital", "Photo Desk",
        "Editorial", "Production", "Rights & Permissions",
    ),
    roles=(
        ("Editorial Intern", "junior"), ("Junior Reporter", "junior"),
        ("Editorial Assistant", "junior"), ("Reporter", "mid"), ("Sub-editor", "mid"),
        ("Photojournalist", "mid"), ("Correspondent", "senior"), ("Senior Editor", "senior"),
        ("Desk Editor", "lead"), ("Managing Editor", "lead"), ("Editor-in-Chief", "executive"),
        ("Publisher", "executive"),
    ),
    counterpart_kinds=(
        "source", "freelancer", "news agency", "press office", "author", "printer",
        "literary agent", "advertiser",
    ),
    project_patterns=(
        "Election coverage {year}", "{quarter} {year} features plan",
        "Special report on {city} housing", "Autumn list {year}", "Podcast series {year}",
        "Newsletter relaunch {year}", "Translation rights deal with {counterpart}",
        "Paywall test {quarter} {year}", "Data journalism project {year}",
    ),
    line_items=(
        LineItem("Freelance article (per 1,000 words)", "article", 200.0, 900.0),
        LineItem("Photo licence (single use)", "image", 30.0, 400.0),
        LineItem("News wire subscription (monthly)", "month", 1500.0, 12000.0),
        LineItem("Printing (per 1,000 copies)", "batch", 150.0, 600.0),
        LineItem("Newsprint (per tonne)", "tonne", 600.0, 1100.0),
        LineItem("Translation (per word)", "word", 0.08, 0.2),
        LineItem("Copy-editing (per page)", "page", 2.0, 8.0),
        LineItem("Book cover design", "cover", 500.0, 2500.0),
        LineItem("Author advance", "advance", 2000.0, 40000.0),
        LineItem("Reporting trip travel", "trip", 200.0, 3000.0),
        LineItem("Transcription (per audio hour)", "hour", 60.0, 150.0),
        LineItem("Podcast editing (per episode)", "episode", 150.0, 700.0),
        LineItem("Newsstand distribution (per 1,000 copies)", "batch", 80.0, 300.0),
        LineItem("Pre-publication legal review", "review", 300.0, 2000.0),
    ),
    metrics=(
        Metric("Page views", "count", 50000.0, 3000000.0, True),
        Metric("Digital subscribers", "count", 2000.0, 150000.0, True),
        Metric("Subscriber churn", "%", 1.0, 6.0, False),
        Metric("Newsletter open rate", "%", 25.0, 55.0, True),
        Metric("Print circulation", "count", 5000.0, 200000.0, True),
        Metric("Stories published", "count", 20.0, 400.0, True),
        Metric("Corrections issued", "count", 0.0, 12.0, False),
        Metric("Books sold", "count", 500.0, 60000.0, True),
        Metric("Advertising revenue", "EUR", 20000.0, 1500000.0, True),
        Metric("Production cost per issue", "EUR", 3000.0, 60000.0, False),
        Metric("Unsold copies returned", "%", 15.0, 45.0, False),
    ),
    doc_topics=(
        "Story pitch", "Interview transcript", "Editorial calendar {quarter} {year}",
        "Fact-check notes", "Features desk budget {year}", "Style guide {year}",
        "Correction notice", "Source list", "Manuscript edit notes",
        "Production schedule {quarter} {year}", "Rights agreement - {counterpart}",
        "Audience report {quarter} {year}", "Freelance contract - {counterpart}",
        "Press trip notes", "Front page plan", "Sales report {quarter} {year}",
    ),
    phrases=(
        "The piece runs in the weekend edition, so the final copy has to be with the subs by "
        "{date}.",
        "{person} is fact-checking the housing figures against the latest release from the "
        "statistics office.",
        "Our {metric} rose to {value} after the investigation was picked up by national "
        "broadcasters.",
        "The source agreed to speak on the record, but only after the board meeting on {date}.",
        "Legal wants to review the article before publication because it names two company "
        "directors.",
        "{counterpart} sent photos we can use under a single-use licence, and the credit line must "
        "appear under each image.",
        "The interview transcript is in the shared folder, with the key quotes highlighted.",
        "Please keep headlines under 70 characters for the website and the social cards.",
        "The correction to yesterday's story is online and will run in print tomorrow.",
        "{person} will cover the council budget meeting and file a short online piece the same "
        "evening.",
        "Freelance features are paid at a fixed rate per thousand words, plus agreed expenses.",
        "The manuscript is 20,000 words over the agreed length, so the author and I are cutting "
        "the middle chapters.",
        "The printer needs the final files by {date} to hold the publication date.",
        "The newsletter's {metric} is {value}, our best result since the redesign.",
        "The report is under embargo until 06:00 on {date}; nothing goes online before then.",
        "The translator has delivered the first half; it reads well, but some technical terms "
        "need checking.",
        "{counterpart} offered us an exclusive on the report, provided we publish their response "
        "in full.",
        "The data team built an interactive map for {project}, and readers spent twice as long on "
        "it as on a normal article.",
        "Please register every anonymous source with the editor, even if they are not named in "
        "the story.",
        "The cover design is approved, and the catalogue copy goes to the sales team this week.",
        "{person} is on assignment abroad until {date}, so the foreign desk is covering the beat.",
        "Print advertising revenue fell again, while digital subscriptions grew for the sixth "
        "month running.",
        "The podcast episode needs a legal check because the guest made allegations against a "
        "named official.",
        "We ran out of space on page 3, so the sports preview moves to the website only.",
        "The editorial meeting agreed to follow up the hospital waiting-times story with patient "
        "testimonies.",
        "The author's advance is paid in three parts: on signature, on delivery of the manuscript "
        "and on publication.",
        "The budget line for {item} is nearly spent, so every new request goes through the "
        "managing editor.",
    ),
    risks=(
        "Defamation claim over a published story", "Source identity exposed",
        "Factual error requiring a public correction", "Missed print deadline",
        "Falling print advertising revenue", "Loss of access to a key source",
        "Copyright infringement on images", "Reporter safety on assignment",
        "Platform algorithm changes cutting traffic",
    ),
    actions=(
        "{person} to file the final copy by {date}",
        "Send the article to legal for review",
        "{person} to check the figures with the statistics office",
        "Clear the photo licence with the agency",
        "{person} to prepare next month's editorial calendar",
        "Publish the correction online and in print",
        "Confirm the embargo time with the press office",
        "{person} to send the manuscript edits to the author by {date}",
        "Book the photographer for the interview",
        "{person} to update the audience report",
        "Send the print files to the printer",
    ),
    tools=("WordPress", "Google Docs", "Slack", "Adobe InDesign", "Photoshop", "Otter.ai",
           "Trello", "Excel", "Outlook", "Chartbeat", "Datawrapper"),
    abbreviations=("CMS", "TK", "EIC", "WIP", "ISBN", "HED", "PROOF", "MS", "QA", "OPED"),
)
