"""Vocabulary of animal care: veterinary practice and wildlife rehabilitation."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

_VETERINARY = Domain(
    key="veterinary",
    industry="Veterinary Services",
    keywords=(
        "veterinar", "vet clinic", "vet practice", "wildlife", "animal", "livestock", "equine",
        "pet", "rehabilitation clinic", "wildlife rehabilitation", "vétérinaire", "tierarzt",
        "tierärzt", "tierklinik", "veterinario", "veterinaria", "veterinário", "veterinária",
        "veterinär", "獣医", "動物病院", "兽医", "宠物", "动物", "zoo", "shelter", "kennel",
        "spay", "neuter", "vaccination",
    ),
    employer_patterns=(
        "{city} Veterinary Clinic", "{last_name} Animal Hospital", "{city} Wildlife Rescue",
        "{company} Veterinary Group",
    ),
    departments=(
        "Small Animal Practice", "Wildlife Rehabilitation", "Large Animal Practice", "Surgery",
        "Practice Management", "Outreach & Education",
    ),
    roles=(
        ("Veterinary Assistant", "junior"), ("Veterinary Technician", "junior"),
        ("Veterinarian", "mid"), ("Associate Veterinarian", "mid"),
        ("Senior Veterinarian", "senior"), ("Clinic Director", "lead"),
        ("Practice Owner", "executive"),
    ),
    counterpart_kinds=(
        "wildlife agency", "pharmaceutical supplier", "diagnostic laboratory", "animal shelter",
        "donor", "farm client",
    ),
    project_patterns=(
        "{item} stock review {year}", "Vaccination campaign {quarter} {year}",
        "Volunteer training {year}", "Release site survey with {counterpart}",
        "Clinic accreditation {year}", "{city} outreach day {year}",
    ),
    line_items=(
        LineItem("Rabies vaccine (dose)", "dose", 6.0, 18.0),
        LineItem("Anaesthetic (isoflurane, 250 ml)", "bottle", 60.0, 140.0),
        LineItem("Wound dressings and bandages", "pack", 8.0, 25.0),
        LineItem("Broad-spectrum antibiotics (course)", "course", 12.0, 45.0),
        LineItem("Blood panel (external lab)", "test", 35.0, 120.0),
        LineItem("Digital radiograph", "image", 40.0, 150.0),
        LineItem("Enclosure and aviary materials", "unit", 80.0, 900.0),
        LineItem("Animal feed (specialist diets)", "week", 20.0, 150.0),
        LineItem("Microchips", "unit", 4.0, 15.0),
        LineItem("Veterinary technician hour", "hour", 20.0, 45.0),
    ),
    metrics=(
        Metric("Animals admitted", "count", 40.0, 900.0, True),
        Metric("Release rate", "%", 35.0, 75.0, True),
        Metric("Average length of stay", "days", 4.0, 40.0, False),
        Metric("Appointments per week", "count", 30.0, 250.0, True),
        Metric("Drug stock value", "EUR", 2000.0, 40000.0, False),
        Metric("Client satisfaction", "score", 3.5, 4.9, True),
    ),
    doc_topics=(
        "Patient intake log {year}", "Drug register {quarter} {year}",
        "Release report - {counterpart}", "Volunteer rota {quarter}",
        "Case notes - {item}", "Grant application {year}", "Clinic budget {year}",
        "Controlled drugs audit {quarter} {year}", "Annual report {year}",
    ),
    phrases=(
        "We admitted four new patients this week, two of them road-traffic casualties.",
        "{counterpart} confirmed the release permit for the rehabilitated birds on {date}.",
        "Our {metric} for the quarter is {value}, in line with last year.",
        "{person} is updating the controlled drugs register before the inspection.",
        "Stock of {item} is low; the order with the supplier goes out on {date}.",
        "The budget for {project} covers enclosures, feed and two months of technician time.",
        "Every intake gets a weight, a body-condition score and photos on day one.",
        "{person} will lead the volunteer induction on {date}.",
        "Donations covered most of the cost of {item} this quarter.",
        "Please log every dose of {item} in the drug register the same day.",
        "The night-time feeds are now split between two volunteers per shift.",
        "{counterpart} asked for our admission figures for their annual survey.",
        "We need to renew the wildlife rehabilitation licence before {date}.",
        "{person} reported that the outdoor aviary needs new netting before spring.",
    ),
    risks=(
        "Zoonotic disease exposure for staff and volunteers",
        "Shortage of volunteers for night feeds", "Controlled drug discrepancies",
        "Loss of a key donor", "Licence renewal missed", "Enclosure failure and escape",
    ),
    actions=(
        "{person} to reconcile the drug register by {date}",
        "Order more {item} before the weekend", "{person} to brief the new volunteers",
        "Send the admission figures to the wildlife agency",
        "{person} to check the aviary netting by {date}",
    ),
    tools=("Excel", "Word", "VetFort", "Google Sheets", "Outlook", "WhatsApp", "Zoom"),
    abbreviations=("DVM", "BCS", "IV", "SC", "CD", "PPE"),
)
