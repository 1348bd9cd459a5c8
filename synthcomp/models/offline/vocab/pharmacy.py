"""Vocabulary of pharmacy: hospital and community pharmacists, medicines safety."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

_PHARMACY = Domain(
    key="pharmacy",
    industry="Pharmacy",
    keywords=(
        "pharmacist", "pharmacy", "pharmacie", "pharmacien", "apotheke", "apotheker",
        "farmacia", "farmacéutic", "farmácia", "farmacêutic", "farmacist", "药剂", "药房",
        "药师", "薬剤師", "薬局", "dispensary", "dispensing", "medication", "medicines",
        "antibiotic", "antimicrobial", "stewardship", "formulary", "prescription", "cqc",
        "controlled drugs",
    ),
    employer_patterns=("{city} Hospital Pharmacy", "{last_name} Pharmacy", "{company} Pharmacy"),
    departments=("Pharmacy", "Medicines Optimisation", "Clinical Pharmacy", "Dispensary",
                 "Aseptic Services", "Medicines Safety"),
    roles=(
        ("Pharmacy Technician", "junior"), ("Pre-registration Pharmacist", "junior"),
        ("Pharmacist", "mid"), ("Clinical Pharmacist", "mid"),
        ("Senior Clinical Pharmacist", "senior"), ("Lead Pharmacist", "lead"),
        ("Chief Pharmacist", "executive"),
    ),
    counterpart_kinds=("wholesaler", "regulator", "clinical ward", "drug manufacturer",
                       "medicines committee", "commissioner"),
    project_patterns=(
        "Formulary review {year}", "{item} shortage plan", "Antimicrobial stewardship audit {year}",
        "Medicines reconciliation {quarter} {year}", "Controlled drugs audit {quarter} {year}",
    ),
    line_items=(
        LineItem("Broad-spectrum antibiotics (course)", "course", 8.0, 60.0),
        LineItem("Biosimilar injections", "pack", 150.0, 900.0),
        LineItem("Insulin pens (box of 5)", "box", 25.0, 60.0),
        LineItem("Oral anticoagulants (28 tablets)", "pack", 20.0, 70.0),
        LineItem("Aseptic chemotherapy preparation", "dose", 60.0, 400.0),
        LineItem("Pharmacist hour", "hour", 35.0, 80.0),
        LineItem("Dispensing robot maintenance", "month", 800.0, 3000.0),
        LineItem("Medication safety training", "session", 150.0, 900.0),
    ),
    metrics=(
        Metric("Medicines reconciled within 24 h", "%", 55.0, 95.0, True),
        Metric("Antibiotic prescriptions reviewed at 72 h", "%", 40.0, 90.0, True),
        Metric("Dispensing errors", "count", 0.0, 30.0, False),
        Metric("Drug spend", "EUR", 50000.0, 2000000.0, False),
        Metric("Items dispensed per day", "count", 150.0, 2500.0, True),
        Metric("Out-of-stock lines", "count", 0.0, 40.0, False),
    ),
    doc_topics=(
        "Stewardship audit {quarter} {year}", "Formulary submission - {item}",
        "Shortage bulletin - {item}", "Inspection evidence pack {year}",
        "Medication incident review {quarter}", "Drug budget {year}",
        "Controlled drugs register check {quarter}", "Ward round notes",
    ),
    phrases=(
        "Our {metric} this month is {value}, against a target agreed with the medicines committee.",
        "{counterpart} warned of a supply disruption on {item} until {date}.",
        "{person} is collecting the audit evidence for {project}.",
        "Every antibiotic prescription should show an indication and a review date.",
        "The formulary committee meets on {date} and will review the {item} request.",
        "Two dispensing near-misses were reported this week; neither reached a patient.",
        "{person} will present the stewardship results at the next clinical governance meeting.",
        "The budget for {project} covers pharmacist time and the new audit tool.",
        "Please use the approved alternative to {item} while the shortage lasts.",
        "The inspectors may ask to see the controlled drugs records for the last two years.",
        "{counterpart} confirmed a new delivery slot for the aseptic unit.",
        "Ward pharmacists now reconcile medicines for every admission before noon.",
    ),
    risks=(
        "Medicine shortage without a safe alternative", "Dispensing error reaching a patient",
        "Inspection finding on medicines management", "Antibiotic resistance rising",
        "Controlled drug discrepancy", "Drug spend above budget",
    ),
    actions=(
        "{person} to update the shortage bulletin by {date}",
        "Re-audit antibiotic review dates on two wards",
        "{person} to file the evidence pack for the inspection",
        "Check the controlled drugs register against stock",
        "{person} to brief prescribers on {item} by {date}",
    ),
    tools=("Excel", "Word", "Outlook", "Teams", "EPMA", "Pharmacy stock system", "PowerPoint"),
    abbreviations=("AMS", "CQC", "CD", "EPMA", "MHRA", "BNF"),
)
