"""Occupation-aware vocabularies and country data for the offline model.

The offline model turns a one-line persona into a believable office worker without calling a
language model. This module holds what it needs to know about trades and places:

* :class:`Domain` -- one trade (hospital procurement, nursing, law, construction...): who
  employs it, its job titles, what it buys or sells (:class:`LineItem`), the KPIs it reports
  (:class:`Metric`), typical document titles, sentences of work prose, risks and next steps.
* :class:`Region` -- one country: a Faker locale that produces Latin-script names, the working
  language, the currency and a rough exchange rate, major cities and a file-name date style.

:func:`match_domain` and :func:`match_region` pick the best entry for a persona by counting
keyword hits, in many languages, after folding case and accents.

Template strings use :meth:`str.format` fields. The fields each kind of template may use:

* ``employer_patterns``: ``{city}`` ``{last_name}`` ``{company}``
* ``project_patterns``: ``{item}`` ``{counterpart}`` ``{year}`` ``{city}`` ``{quarter}``
* ``doc_topics``: ``{item}`` ``{counterpart}`` ``{year}`` ``{quarter}``
* ``phrases``: ``{item}`` ``{counterpart}`` ``{metric}`` ``{value}`` ``{person}`` ``{date}``
  ``{project}``
* ``actions``: ``{person}`` ``{date}`` ``{item}``
* every other string: no fields.

Money amounts (``LineItem.low``/``high``, and ``Metric`` bounds whose unit is ``"EUR"``) are in
euros; callers divide by :attr:`Region.fx_to_eur` to get local currency.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "DEFAULT_REGION",
    "DOMAINS",
    "GENERAL",
    "REGIONS",
    "Domain",
    "LineItem",
    "Metric",
    "Region",
    "match_domain",
    "match_region",
]


@dataclass(frozen=True)
class LineItem:
    """Something a trade buys, sells, costs or counts, with a plausible unit price range.

    ``low`` and ``high`` are in euros (or the euro equivalent) per ``unit``.
    """

    name: str
    unit: str
    low: float
    high: float


@dataclass(frozen=True)
class Metric:
    """A KPI a trade reports, with a plausible range.

    ``unit`` is one of ``"%"``, ``"days"``, ``"EUR"``, ``"count"``, ``"hours"``, ``"score"``.
    """

    name: str
    unit: str
    low: float
    high: float
    higher_is_better: bool


@dataclass(frozen=True)
class Domain:
    """The vocabulary of one trade; see the module docstring for the template fields."""

    key: str
    industry: str
    keywords: tuple[str, ...]
    employer_patterns: tuple[str, ...]
    departments: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]
    counterpart_kinds: tuple[str, ...]
    project_patterns: tuple[str, ...]
    line_items: tuple[LineItem, ...]
    metrics: tuple[Metric, ...]
    doc_topics: tuple[str, ...]
    phrases: tuple[str, ...]
    risks: tuple[str, ...]
    actions: tuple[str, ...]
    tools: tuple[str, ...]
    abbreviations: tuple[str, ...]


# Hospitals and clinics, in the languages the bundled personas use. Both healthcare domains list
# them, so the job words (buyer or nurse) decide between the two.
_CARE_SITES: tuple[str, ...] = (
    "hospital", "hôpital", "hospitalier", "hospitalière", "krankenhaus", "klinikum", "klinik",
    "clinic", "clinique", "clínica", "ospedale", "ospedaliera", "ziekenhuis", "szpital",
    "hastane", "病院", "医院", "مستشفى", "अस्पताल",
)

_HEALTHCARE_PROCUREMENT = Domain(
    key="healthcare_procurement",
    industry="Healthcare",
    keywords=(
        *_CARE_SITES,
        "healthcare", "health system", "health trust", "hospital administrator",
        "hospital administration", "administration hospitalière", "procurement", "purchasing",
        "purchaser", "achats", "acheteur", "acheteuse", "approvisionnement", "einkauf",
        "einkäufer", "beschaffung", "compras", "comprador", "aprovisionamiento", "acquisti",
        "inkoop", "inkoper", "zakup", "zaopatrzen", "satın alma", "satınalma", "調達", "購買",
        "采购", "مشتريات", "खरीद", "tender", "appel d'offres", "ausschreibung", "licitación",
        "licitação", "gara d'appalto", "medical supplies", "medical devices", "medizinprodukte",
        "dispositifs médicaux", "dispositivos médicos", "dispositivi medici",
        "medical consumables", "materials management", "sterile services", "supply contracts",
        "surgical supplies", "buyer", "supply chain", "logistic",
    ),
    employer_patterns=(
        "{city} University Hospital", "Clinique {last_name}", "{city} General Hospital",
        "{last_name} Regional Medical Centre", "{company} Health Group", "{city} Healthcare Trust",
        "Saint {last_name} Hospital", "{city} Hospital Group",
    ),
    departments=(
        "Procurement", "Supply Chain & Logistics", "Biomedical Engineering", "Pharmacy",
        "Contracts & Tenders", "Hospital Administration", "Materials Management", "Finance",
        "Quality & Patient Safety", "Facilities Management",
    ),
    roles=(
        ("Procurement Intern", "junior"), ("Procurement Officer", "junior"), ("Buyer", "mid"),
        ("Contracts Administrator", "mid"), ("Materials Management Coordinator", "mid"),
        ("Senior Buyer, Medical Devices", "senior"), ("Category Manager", "senior"),
        ("Procurement Manager", "lead"), ("Head of Supply Chain", "lead"),
        ("Hospital Administrator", "lead"), ("Director of Purchasing", "executive"),
    ),
    counterpart_kinds=(
        "supplier", "distributor", "group purchasing organisation", "manufacturer",
        "logistics provider", "clinical department", "regulator",
    ),
    project_patterns=(
        "Tender for {item} supply {year}", "{counterpart} contract renewal",
        "{quarter} {year} stock optimisation", "Standardisation of {item} across wards",
        "{city} hospital group framework agreement {year}", "Cost reduction plan {year}",
        "Value analysis of {item}", "Cold chain upgrade {year}",
        "Theatre consumables review {quarter} {year}",
    ),
    line_items=(
        LineItem("Nitrile examination gloves (box of 100)", "box", 4.5, 9.0),
        LineItem("Surgical face masks (type IIR, box of 50)", "box", 3.0, 8.0),
        LineItem("Sterile surgical gowns", "unit", 1.8, 4.5),
        LineItem("Peripheral intravenous catheters (20G)", "unit", 0.6, 1.6),
        LineItem("Syringes (10 ml Luer lock, box of 100)", "box", 6.0, 14.0),
        LineItem("Volumetric infusion pumps", "unit", 1500.0, 3500.0),
        LineItem("Multi-parameter patient monitors", "unit", 4000.0, 12000.0),
        LineItem("Cementless hip prostheses", "unit", 900.0, 2600.0),
        LineItem("Hand sanitiser gel (500 ml)", "bottle", 2.2, 5.5),
        LineItem("Foam wound dressings (10 x 10 cm)", "unit", 1.2, 3.8),
        LineItem("Foley urinary catheters (16Fr)", "unit", 0.9, 3.0),
        LineItem("Electric hospital beds", "unit", 2200.0, 6500.0),
        LineItem("Orthopaedic surgical drape packs", "pack", 18.0, 45.0),
        LineItem("Blood collection tubes (rack of 100)", "rack", 12.0, 30.0),
        LineItem("Sharps containers (5 litres)", "unit", 1.5, 4.0),
    ),
    metrics=(
        Metric("On-time delivery rate", "%", 85.0, 99.0, True),
        Metric("Contract compliance rate", "%", 70.0, 95.0, True),
        Metric("Stock-out incidents", "count", 0.0, 25.0, False),
        Metric("Days of inventory on hand", "days", 8.0, 45.0, False),
        Metric("Savings against budget", "EUR", 20000.0, 600000.0, True),
        Metric("Purchase order cycle time", "days", 2.0, 14.0, False),
        Metric("Supplier fill rate", "%", 88.0, 99.5, True),
        Metric("Expired stock written off", "EUR", 500.0, 40000.0, False),
        Metric("Share of spend under contract", "%", 60.0, 92.0, True),
    ),
    doc_topics=(
        "Supplier performance review {quarter} {year}", "Cold chain incident report",
        "Tender specifications - {item}", "Purchase requisition log {year}",
        "Framework agreement - {counterpart}", "Value analysis committee minutes",
        "Stock-out report {quarter} {year}", "Price comparison - {item}",
        "Procurement plan {year}",
        "Contract renewal memo - {counterpart}", "Savings tracker {year}",
        "Product recall notice - {item}", "Budget variance analysis {quarter}",
        "Supplier qualification checklist - {counterpart}", "Delivery schedule {quarter} {year}",
        "Tender evaluation grid - {item}", "Inventory count reconciliation {year}",
    ),
    phrases=(
        "We received the revised quote from {counterpart} on {date}, and the unit price for {item} "
        "is now below the framework ceiling.",
        "Pharmacy and theatres have both asked to switch {item} brands, so the value analysis "
        "committee will review the request before any order is placed.",
        "{counterpart} confirmed that the back-order on {item} should clear by {date}, but we are "
        "keeping the substitute product on the approved list until then.",
        "Our {metric} for the quarter stands at {value}, slightly below the target agreed with "
        "the finance directorate.",
        "All orders for {item} above the framework ceiling need a second signature from the head "
        "of procurement.",
        "The tender documents for {project} were published on {date}, and the clarification "
        "window closes ten working days later.",
        "I have asked {person} to pull the last twelve months of consumption data for {item} "
        "from the ERP so we can size the lots correctly.",
        "Ward managers report over-ordering of {item} at the end of each month, which inflates "
        "our stock on hand.",
        "The cold chain log shows two temperature excursions at the central store last week; "
        "both were documented and the affected stock was quarantined.",
        "{counterpart} is proposing a price increase of 4.5% from {date}, citing raw material "
        "and freight costs, so we will ask for the supporting index data.",
        "The clinical evaluation panel scored the three compliant bids on quality, usability and "
        "total cost of ownership.",
        "Before we sign, legal needs to check the liability clauses and the penalty schedule for "
        "late deliveries in the {counterpart} contract.",
        "{person} will present the savings achieved on {project} at the next procurement "
        "steering committee.",
        "{counterpart} has offered consignment stock for {item}, so we would only pay for what "
        "is actually used.",
        "We should consolidate the orders from the four satellite clinics to reach the volume "
        "discount threshold.",
        "According to the latest dashboard, our {metric} is {value}, mostly because of late "
        "deliveries from two distributors.",
        "The recall notice for {item} has been forwarded to all wards, and the affected lot "
        "numbers were blocked in the system this morning.",
        "Quality needs the full technical file and the CE certificate for {item} before they can "
        "be added to the catalogue.",
        "I have attached the price comparison for {item}; the current contract is still the "
        "cheapest once delivery charges are included.",
        "Please make sure every purchase requisition references the correct cost centre, "
        "otherwise finance will reject the invoice match.",
        "The framework agreement with {counterpart} expires at the end of the year, so we need to "
        "decide by {date} whether to extend or re-tender.",
        "Stock of {item} is down to nine days of cover, so I have placed an urgent order outside "
        "the usual delivery schedule.",
        "The group purchasing organisation has negotiated a new national price for {item}, and "
        "we can opt in from next month.",
        "Theatre staff trialled {item} for two weeks, and the feedback forms are "
        "summarised in the attached sheet.",
        "Our annual spend with {counterpart} is close to the threshold that requires a formal "
        "competitive procedure, so we cannot simply renew.",
        "{person} noticed that the delivery notes from {counterpart} did not match the purchase "
        "orders for three consignments in a row.",
        "Ward stock top-ups are now done twice a week by the materials management team instead "
        "of by the nurses.",
        "The business case for {project} includes installation, staff training and a five-year "
        "maintenance contract.",
    ),
    risks=(
        "Single-source supplier for a critical consumable",
        "Price increases above the indexation cap in the framework agreement",
        "Back-orders leading to stock-outs on the wards",
        "Tender procedure challenged by an unsuccessful bidder",
        "Cold chain failure at the central pharmacy store",
        "Product recall affecting items already issued to wards",
        "Off-contract buying by clinical departments",
        "Expired stock from overstocking slow movers",
        "Delayed CE certification of new medical devices",
    ),
    actions=(
        "{person} to confirm delivery slots with the warehouse by {date}",
        "{person} to send the clarification answers to all bidders by {date}",
        "Request an updated price list for {item} from the distributor",
        "{person} to check consumption data for {item} against ward orders",
        "Book the value analysis committee for {date}",
        "{person} to prepare the contract extension memo by {date}",
        "Quarantine the affected lot of {item} and notify the wards",
        "{person} to collect clinical feedback on the {item} samples by {date}",
        "Update the reorder thresholds for {item} in the ERP",
        "Send the supplier scorecard to the distributor before the review on {date}",
        "{person} to reconcile delivery notes and invoices for last month",
    ),
    tools=(
        "SAP Ariba", "SAP S/4HANA", "Excel", "Outlook", "Teams", "Power BI", "SharePoint",
        "Oracle Procurement Cloud",
    ),
    abbreviations=("PO", "RFQ", "RFP", "SLA", "GPO", "SKU", "PR", "CAPEX", "VAC", "GRN"),
)

_NURSING = Domain(
    key="nursing",
    industry="Healthcare",
    keywords=(
        *_CARE_SITES,
        "nurse", "nursing", "student nurse", "infirmier", "infirmière", "pflegekraft",
        "pflegefach", "krankenpfleg", "pflegedienst", "enfermer", "enfermeir", "enfermagem",
        "infermier", "verpleeg", "pielęgniar", "hemşire", "看護", "护士", "護士", "ممرض", "नर्स",
        "physician", "doctor", "médecin", "arzt", "médico", "lekarz", "doktor", "医師", "医生",
        "طبيب", "डॉक्टर", "general practitioner", "gp", "family medicine", "medical practice",
        "clinical", "clinician", "klinisch", "intensive care", "icu", "cuidados intensivos",
        "soins intensifs", "intensivstation", "terapia intensiva", "ward", "emergency department",
        "urgences", "notaufnahme", "urgencias", "pronto soccorso", "pronto-socorro", "plantão",
        "midwife", "sage-femme", "hebamme", "matrona", "pharmacist", "pharmacien", "apotheker",
        "farmac", "patient", "paciente", "病棟", "oncolog", "cancer centre", "cancer center",
        "paediatric", "pediatric", "surgeon", "chirurg", "cirujano", "dentist", "zahnarzt",
        "physiotherap", "care home", "nursing home", "chefarzt", "caregiver", "care worker",
        "healthcare assistant", "school nurse", "atención primaria", "radiolog", "radiograph",
        "radiotherap",
        "counsellor", "counselor", "counselling", "counseling",
    ),
    employer_patterns=(
        "{city} General Hospital", "{city} University Hospital", "{last_name} Medical Centre",
        "{city} Community Health Centre", "{city} Polyclinic", "{company} Care Group",
        "Saint {last_name} Hospital", "{city} Children's Hospital",
    ),
    departments=(
        "Intensive Care Unit", "Emergency Department", "Medical Ward", "Surgical Ward",
        "Oncology", "Paediatrics", "Maternity", "Outpatient Clinic", "Nursing Directorate",
        "Pharmacy",
    ),
    roles=(
        ("Student Nurse", "junior"), ("Staff Nurse", "junior"), ("Resident Physician", "junior"),
        ("Registered Nurse", "mid"), ("Clinical Pharmacist", "mid"),
        ("Clinical Nurse Specialist", "senior"), ("Charge Nurse", "senior"),
        ("Nurse Educator", "senior"), ("Consultant Physician", "senior"),
        ("General Practitioner", "senior"), ("Ward Manager", "lead"),
        ("Head of Nursing", "executive"),
    ),
    counterpart_kinds=(
        "clinical department", "pharmacy", "laboratory", "patient family",
        "community care provider", "nursing school", "regulator",
    ),
    project_patterns=(
        "Falls prevention programme {year}", "{quarter} {year} shift rota redesign",
        "Pressure ulcer audit {year}", "Medication safety review with {counterpart}",
        "Sepsis pathway update {year}", "New graduate nurse onboarding {year}",
        "Electronic patient record rollout in {city}", "Hand hygiene campaign {quarter} {year}",
        "Trial of {item} on the surgical ward",
    ),
    line_items=(
        LineItem("Pressure-relieving mattresses", "unit", 350.0, 1800.0),
        LineItem("Gravity infusion sets", "unit", 1.0, 3.5),
        LineItem("Sterile dressing packs", "pack", 2.0, 8.0),
        LineItem("Glucometer test strips (box of 50)", "box", 12.0, 30.0),
        LineItem("Bladder scanners", "unit", 6000.0, 14000.0),
        LineItem("Finger pulse oximeters", "unit", 25.0, 120.0),
        LineItem("Patient hoist slings", "unit", 60.0, 220.0),
        LineItem("Portable vital signs monitors", "unit", 1200.0, 4500.0),
        LineItem("Incontinence pads (pack of 30)", "pack", 8.0, 18.0),
        LineItem("Nasogastric feeding tubes", "unit", 3.0, 12.0),
        LineItem("Enteral feeding pumps", "unit", 900.0, 2500.0),
        LineItem("Adult blood pressure cuffs", "unit", 15.0, 60.0),
        LineItem("Tympanic thermometers", "unit", 60.0, 250.0),
        LineItem("Hydrocolloid dressings (10 x 10 cm)", "unit", 1.5, 4.5),
    ),
    metrics=(
        Metric("Patient falls per 1,000 bed days", "count", 1.0, 6.0, False),
        Metric("Hospital-acquired pressure ulcers", "count", 0.0, 12.0, False),
        Metric("Hand hygiene compliance", "%", 70.0, 98.0, True),
        Metric("Medication administration errors", "count", 0.0, 15.0, False),
        Metric("Staff sickness absence", "%", 3.0, 9.0, False),
        Metric("Agency staffing hours", "hours", 40.0, 900.0, False),
        Metric("Average length of stay", "days", 3.0, 9.0, False),
        Metric("Patient satisfaction", "score", 3.5, 4.9, True),
        Metric("Mandatory training completion", "%", 75.0, 100.0, True),
        Metric("Emergency department four-hour performance", "%", 60.0, 95.0, True),
    ),
    doc_topics=(
        "Ward rota {quarter} {year}", "Shift handover notes", "Falls incident report",
        "Pressure ulcer audit {year}", "Medication error review", "Nursing care plan template",
        "Infection control update {quarter}", "Mandatory training tracker {year}",
        "Staffing escalation log", "Preceptorship programme {year}", "Patient discharge checklist",
        "Clinical governance meeting minutes", "Sepsis screening audit {quarter} {year}",
        "Annual leave planner {year}", "Product evaluation - {item}", "Ward budget {year}",
    ),
    phrases=(
        "Night shift reported two near misses involving {item}; both have been logged and were "
        "discussed at the morning huddle.",
        "We are two registered nurses short on the weekend rota, so {person} has asked the "
        "staffing office for agency cover.",
        "Our {metric} for the month is {value}, which we will discuss at the clinical governance "
        "meeting on {date}.",
        "Please document the falls risk assessment within six hours of admission for every "
        "patient over 65.",
        "The new sepsis screening tool goes live on {date}, and every nurse needs to complete the "
        "e-learning module before then.",
        "{person} has volunteered to act as preceptor for the three newly qualified nurses "
        "starting next month.",
        "Procurement has changed the supplier of {item}, so check the new packaging carefully "
        "before use.",
        "The patient in bay four was escalated to the outreach team after an early warning score "
        "of 7 at three in the morning.",
        "Infection control confirmed two cases of C. difficile on the ward, so side-room "
        "isolation and enhanced cleaning are in place.",
        "Mandatory training compliance is still below target, mainly for manual handling and "
        "basic life support.",
        "The discharge lounge will open at 08:00 from {date} to free up beds earlier in the day.",
        "We trialled the new {item} on the surgical ward for four weeks, and staff feedback was "
        "largely positive.",
        "{person} will lead the hand hygiene audit this week, and the results go to the matron "
        "by Friday.",
        "Bed occupancy has been above 95% for most of the month, which is putting pressure on "
        "the emergency department.",
        "Controlled drugs must be counted and signed by two registered nurses at every handover.",
        "The family of the patient in room 12 asked to meet the consultant before discharge, so "
        "I have booked it for {date}.",
        "Agency spend is the main reason the ward is over budget, and the directorate has asked "
        "for a recovery plan for {project}.",
        "Following the incident review, the care plan template now includes a daily skin "
        "inspection.",
        "Annual leave requests for the summer are closed, and the draft rota will be shared by "
        "{date}.",
        "{counterpart} has agreed to run two extra simulation sessions on the deteriorating "
        "patient for our junior staff.",
        "The medication error on {date} was a wrong-time administration; no harm occurred, and "
        "the learning has been shared with the team.",
        "We are short of {item} on bay two again, so I have asked materials management to raise "
        "the top-up level.",
        "{metric} rose to {value} this month, mostly short-term absences linked to the winter "
        "virus season.",
        "The ward is piloting electronic observations on tablets as part of {project}.",
        "The outpatient clinic will run an extra Saturday morning session to reduce the waiting "
        "list.",
        "{person} has been trained on the new {item} and will show the rest of the team during "
        "handovers.",
        "The latest patient experience survey puts our {metric} at {value}, with many comments "
        "praising the night staff.",
    ),
    risks=(
        "Unsafe staffing levels on night shifts", "Heavy reliance on agency nurses",
        "Medication errors during busy drug rounds",
        "Healthcare-associated infection outbreak on the ward",
        "Delayed discharges blocking admissions", "Staff burnout and rising sickness absence",
        "Incomplete documentation weakening the response to complaints",
        "Equipment failure during critical care", "Falls among elderly patients at night",
    ),
    actions=(
        "{person} to finalise next month's rota by {date}",
        "Escalate the staffing gap to the site manager",
        "{person} to book a basic life support refresher for new starters",
        "Order replacement {item} through the equipment library",
        "{person} to complete the incident review by {date}",
        "Share the learning from the medication error at the next huddle",
        "Update the falls risk assessment in the electronic record",
        "{person} to audit hand hygiene on both shifts this week",
        "Arrange the family meeting with the consultant on {date}",
        "{person} to check stock of {item} before the weekend",
        "Send the ward training matrix to the education team by {date}",
    ),
    tools=("Epic", "Cerner", "Excel", "Outlook", "Teams", "Allocate HealthRoster", "Datix",
           "SharePoint"),
    abbreviations=("ICU", "ED", "NEWS2", "BLS", "IPC", "CPD", "HCA", "DNAR", "SOP", "EPR"),
)

_LEGAL = Domain(
    key="legal",
    industry="Legal Services",
    keywords=(
        "lawyer", "attorney", "solicitor", "barrister", "paralegal", "law firm", "law practice",
        "law office", "legal", "counsel", "litigation", "litigator", "due diligence",
        "contract law", "employment law", "corporate law", "tax law", "tax attorney",
        "family law", "immigration law", "intellectual property", "patent attorney", "trademark",
        "data protection", "gdpr", "datenschutz", "notary", "notaire", "notar", "notario",
        "notaio", "avocat", "juriste", "jurid", "jurist", "rechtsanwalt", "anwalt", "kanzlei",
        "abogad", "bufete", "despacho de abogados", "laboralista", "advogad",
        "escritório de advocacia", "avvocat", "studio legale", "advocaat", "advocaten",
        "advocatenkantoor", "arbeidsrecht", "geschil", "prawnik", "adwokat", "radca prawny",
        "kancelaria", "avukat", "hukuk", "弁護士", "法律事務所", "法務", "律师", "法务", "律所",
        "محام", "قانون", "वकील", "कानूनी", "arbitration", "tribunal", "court hearing",
        "courtroom", "prosecutor", "procureur", "bankrupt", "bancarrota", "insolven",
        "compliance officer",
    ),
    employer_patterns=(
        "{last_name} & Partners", "{last_name} Law", "{company} Legal", "{last_name} Legal",
        "{last_name} Litigation", "{last_name} LLP",
        "{company} (Legal Department)",
    ),
    departments=(
        "Corporate & M&A", "Litigation", "Employment", "Real Estate", "Tax",
        "Intellectual Property", "Legal Department", "Compliance", "Banking & Finance",
        "Knowledge Management",
    ),
    roles=(
        ("Legal Intern", "junior"), ("Paralegal", "junior"), ("Trainee Solicitor", "junior"),
        ("Associate", "mid"), ("Legal Counsel", "mid"), ("Compliance Officer", "mid"),
        ("Senior Associate", "senior"), ("Senior Legal Counsel", "senior"), ("Counsel", "senior"),
        ("Partner", "lead"), ("Managing Partner", "executive"), ("General Counsel", "executive"),
    ),
    counterpart_kinds=(
        "client", "opposing counsel", "court", "regulator", "notary", "expert witness",
        "insurer", "barristers' chambers",
    ),
    project_patterns=(
        "{counterpart} share purchase agreement", "Due diligence for the {counterpart} deal",
        "{counterpart} employment dispute", "Lease renegotiation for {counterpart}",
        "Data protection compliance review {year}", "Arbitration with {counterpart}",
        "{city} office lease {year}", "Contract playbook update {year}",
        "Trademark portfolio review {year}",
    ),
    line_items=(
        LineItem("Partner hour", "hour", 350.0, 900.0),
        LineItem("Senior associate hour", "hour", 220.0, 500.0),
        LineItem("Associate hour", "hour", 150.0, 350.0),
        LineItem("Paralegal hour", "hour", 70.0, 150.0),
        LineItem("Court filing fee", "filing", 50.0, 1500.0),
        LineItem("Notarial certification", "deed", 80.0, 600.0),
        LineItem("Trademark application (one class)", "application", 250.0, 1200.0),
        LineItem("Expert witness report", "report", 3000.0, 25000.0),
        LineItem("Certified translation (per page)", "page", 25.0, 60.0),
        LineItem("Company registry extract", "document", 5.0, 40.0),
        LineItem("E-discovery hosting (per GB per month)", "GB", 5.0, 25.0),
        LineItem("Bailiff service of process", "service", 60.0, 250.0),
        LineItem("Legal database subscription (annual)", "licence", 2000.0, 12000.0),
        LineItem("Arbitration institution fee", "case", 5000.0, 40000.0),
    ),
    metrics=(
        Metric("Billable hours", "hours", 110.0, 190.0, True),
        Metric("Utilisation rate", "%", 60.0, 90.0, True),
        Metric("Realisation rate", "%", 75.0, 98.0, True),
        Metric("Matters opened", "count", 2.0, 30.0, True),
        Metric("Average time to contract signature", "days", 5.0, 45.0, False),
        Metric("Unbilled work in progress", "EUR", 20000.0, 400000.0, False),
        Metric("Debtor days", "days", 30.0, 120.0, False),
        Metric("Contracts reviewed", "count", 10.0, 120.0, True),
        Metric("Fees written off", "EUR", 0.0, 50000.0, False),
        Metric("Client satisfaction", "score", 3.5, 5.0, True),
    ),
    doc_topics=(
        "Engagement letter - {counterpart}", "Due diligence report - {counterpart}",
        "Share purchase agreement - {counterpart}", "Memo on limitation periods",
        "Statement of claim - {counterpart}", "Board resolution {year}",
        "Non-disclosure agreement - {counterpart}", "Litigation hold notice",
        "Case chronology - {counterpart}", "Time entries {quarter} {year}",
        "Fee estimate - {counterpart}", "Record of processing activities {year}",
        "Contract review checklist", "Conflict check - {counterpart}",
        "Hearing preparation notes", "Settlement proposal - {counterpart}",
        "Compliance training plan {year}",
    ),
    phrases=(
        "Opposing counsel sent their mark-up of the share purchase agreement on {date}; the main "
        "open points are the warranty cap and the locked-box mechanism.",
        "Please record your time against the {project} matter number, not the general client "
        "code.",
        "We have until {date} to file the statement of defence, so I need your comments on the "
        "draft by Monday.",
        "{counterpart} has asked for a fee estimate for the next phase; I suggest a capped fee "
        "with a 10% contingency.",
        "The conflict check came back clear, so we can send the engagement letter to "
        "{counterpart} today.",
        "The data room now holds 1,240 documents, and the red-flag report is due to the client on "
        "{date}.",
        "Our {metric} for the month is {value}, slightly under the target set at the partners' "
        "meeting.",
        "I have reviewed the limitation of liability clause and recommend that we exclude "
        "indirect and consequential losses expressly.",
        "{person} will attend the case management hearing and report back on the timetable set "
        "by the judge.",
        "The client wants to terminate the distribution agreement for convenience, but the "
        "contract only allows termination for material breach.",
        "Please check whether the non-compete clause is enforceable under local law; the courts "
        "have been strict on duration and geography.",
        "The settlement offer from {counterpart} is below our assessment of the claim, but it "
        "avoids two more years of litigation costs.",
        "The processing agreement must list every sub-processor and every country to which "
        "personal data is transferred.",
        "We should issue a litigation hold notice to the finance and sales teams before any "
        "emails are deleted.",
        "The notary needs the signed board resolutions and certified copies of the articles of "
        "association by {date}.",
        "I have attached a comparison of the two drafts with the changes from {counterpart} "
        "highlighted.",
        "The expert witness is available for the hearing on {date} and will send the final "
        "report a week before.",
        "{metric} on {project} has reached {value}, so we should send an interim invoice this "
        "month.",
        "The regulator has opened an inquiry into our client's marketing practices and expects "
        "a written response within 30 days.",
        "{person} is drafting the shareholders' agreement on the basis of the term sheet agreed "
        "last week.",
        "The lease contains a break clause in year five, subject to six months' written notice "
        "and no rent arrears.",
        "Please do not forward this memo outside the legal team, as it is covered by legal "
        "privilege.",
        "We recommend registering the trademark in classes 9 and 42 before the product launch.",
        "The employee's lawyer has proposed a settlement agreement with a termination payment "
        "and an agreed reference.",
        "Our standard NDA template was updated on {date} to reflect the new governing law and "
        "jurisdiction clause.",
        "{counterpart} has not yet signed the amendment, so the old payment terms still apply.",
        "The tribunal granted our request to extend the deadline for the rejoinder by two weeks.",
    ),
    risks=(
        "Missed court or filing deadline", "Conflict of interest discovered late",
        "Unbilled work in progress written off", "Breach of client confidentiality or privilege",
        "Adverse judgment with costs awarded against the client",
        "Regulatory investigation of the client", "Key clause unenforceable under local law",
        "Scope creep on a fixed-fee matter", "Data protection breach involving client files",
    ),
    actions=(
        "{person} to circulate the revised draft by {date}",
        "File the statement of defence before {date}",
        "{person} to run the conflict check on the new client",
        "Send the engagement letter for signature",
        "{person} to update the case chronology with the latest correspondence",
        "Book the expert witness for the hearing on {date}",
        "Issue an interim invoice for the work in progress",
        "{person} to prepare the board resolution for signing by {date}",
        "Check that the non-compete clause is enforceable",
        "Send the data room index to the client",
        "{person} to diarise the limitation date",
    ),
    tools=("iManage", "Clio", "Word", "Outlook", "Teams", "Westlaw", "LexisNexis", "DocuSign",
           "Excel", "Adobe Acrobat"),
    abbreviations=("NDA", "SPA", "SHA", "DD", "LOI", "DPA", "MSA", "POA", "SOW", "TS"),
)

_FINANCE = Domain(
    key="finance",
    industry="Accounting & Finance",
    keywords=(
        "accountant", "accounting", "accounts payable", "accounts receivable", "bookkeep",
        "controller", "controlling", "cfo", "chief financial officer", "finance director",
        "finance manager", "finance team", "finance department", "head of finance",
        "financial controller", "financial reporting", "financial statements",
        "financial planning", "fp&a", "audit", "auditor", "tax", "taxes", "taxation",
        "tax return", "vat", "ifrs", "gaap", "balance sheet", "general ledger", "ledger",
        "month-end", "year-end", "invoic", "cash flow", "payables", "receivables",
        "chartered accountant", "cpa", "acca", "treasury", "bank reconciliation",
        "journal entries", "comptab", "expert-comptable", "fiscal", "contabil", "contable",
        "contador", "buchhalt", "steuerberat", "wirtschaftsprüf", "finanzbuchhalt",
        "rechnungswesen", "jahresabschluss", "boekhoud", "księgow", "muhasebe", "mali müşavir",
        "commercialista", "ragioniere", "経理", "会計", "決算", "請求書", "税理士", "会计",
        "财务", "审计", "税务", "محاسب", "ضريب", "लेखाकार", "लेखा",
    ),
    employer_patterns=(
        "{company}", "{last_name} & Associates", "{last_name} Accountancy", "{company} Group",
        "{city} Audit Partners", "{last_name} Tax Advisers",
    ),
    departments=(
        "Finance", "Accounting", "Financial Planning & Analysis", "Controlling", "Tax",
        "Accounts Payable", "Accounts Receivable", "Treasury", "Audit", "Payroll Accounting",
    ),
    roles=(
        ("Accounting Intern", "junior"), ("Accounts Payable Clerk", "junior"),
        ("Junior Accountant", "junior"), ("Staff Accountant", "mid"),
        ("Financial Analyst", "mid"), ("Tax Consultant", "mid"),
        ("Senior Accountant", "senior"), ("Audit Senior", "senior"),
        ("Financial Controller", "lead"), ("Finance Manager", "lead"),
        ("Head of Finance", "lead"), ("Chief Financial Officer", "executive"),
    ),
    counterpart_kinds=(
        "client", "external auditor", "tax authority", "bank", "supplier", "subsidiary",
        "investor",
    ),
    project_patterns=(
        "Year-end close {year}", "{quarter} {year} budget reforecast",
        "Statutory audit {year} with {counterpart}", "VAT return {quarter} {year}",
        "ERP migration for the {city} entity", "Cost reduction review {year}",
        "Transfer pricing documentation {year}", "Cash-flow forecast {quarter} {year}",
        "Intercompany reconciliation with {counterpart}",
    ),
    line_items=(
        LineItem("External audit fee", "engagement", 8000.0, 60000.0),
        LineItem("Tax advisory hours", "hour", 120.0, 350.0),
        LineItem("Monthly bookkeeping package", "month", 250.0, 1500.0),
        LineItem("Accounting software licences (per user per year)", "licence", 300.0, 1500.0),
        LineItem("Payroll processing (per payslip)", "payslip", 6.0, 20.0),
        LineItem("Office rent (monthly)", "month", 1500.0, 25000.0),
        LineItem("Business travel and expenses", "claim", 50.0, 2500.0),
        LineItem("Bank charges (monthly)", "month", 40.0, 600.0),
        LineItem("Consulting services (per day)", "day", 600.0, 1800.0),
        LineItem("Insurance premium (annual)", "policy", 1500.0, 40000.0),
        LineItem("Laptops for the finance team", "unit", 800.0, 2200.0),
        LineItem("Marketing agency retainer (monthly)", "month", 1000.0, 12000.0),
        LineItem("Utilities (monthly)", "month", 300.0, 5000.0),
        LineItem("Courier and postage", "shipment", 8.0, 90.0),
    ),
    metrics=(
        Metric("Days sales outstanding", "days", 30.0, 75.0, False),
        Metric("Days payable outstanding", "days", 25.0, 70.0, True),
        Metric("Month-end close duration", "days", 3.0, 12.0, False),
        Metric("Absolute budget variance", "%", 0.5, 12.0, False),
        Metric("Gross margin", "%", 18.0, 55.0, True),
        Metric("Operating cash flow", "EUR", 50000.0, 2500000.0, True),
        Metric("Overdue receivables", "EUR", 10000.0, 600000.0, False),
        Metric("Invoices processed", "count", 200.0, 4000.0, True),
        Metric("Audit adjustments", "count", 0.0, 15.0, False),
        Metric("Forecast accuracy", "%", 80.0, 98.0, True),
        Metric("Operating expenses", "EUR", 100000.0, 3000000.0, False),
    ),
    doc_topics=(
        "Month-end close checklist {quarter} {year}", "Trial balance {year}",
        "Budget {year} - draft", "Variance analysis {quarter} {year}",
        "VAT return {quarter} {year}", "Cash-flow forecast {year}", "Audit request list {year}",
        "Bank reconciliation {quarter} {year}", "Accruals schedule {quarter}",
        "Fixed asset register {year}", "Intercompany reconciliation - {counterpart}",
        "Management accounts {quarter} {year}", "Aged receivables report",
        "Expense policy {year}", "Board finance pack {quarter} {year}",
        "Tax provision workings {year}",
    ),
    phrases=(
        "The trial balance for the month is closed except for two accruals that are waiting on "
        "supplier invoices.",
        "Our {metric} is {value} this quarter, mainly because two large customers paid late.",
        "Please send me the supporting invoices for the {item} costs so I can book them to the "
        "right cost centre.",
        "The auditors from {counterpart} will be on site from {date}; the request list is in the "
        "shared folder.",
        "I have reconciled the main bank account to the ledger, and the remaining difference is "
        "a duplicated card payment.",
        "The VAT return for the quarter is due on {date}, and I still need the import documents "
        "for last month's shipments.",
        "{person} is reviewing the fixed asset register to make sure depreciation starts in the "
        "month the equipment was installed.",
        "The reforecast shows a shortfall against budget, so every department head will be "
        "asked to identify savings.",
        "Spending on {item} is running 14% above budget year to date, and I will raise it at "
        "the next cost review.",
        "Please flag any invoice for {item} that is not covered by a purchase order, because it "
        "will be held at payment.",
        "The intercompany balances with {counterpart} differ by a small amount, which looks like "
        "an exchange rate difference.",
        "Please submit your expense claims with receipts by {date} so they are paid with this "
        "month's payroll.",
        "The 13-week cash-flow forecast looks tight in week 9, when the insurance premium and "
        "the tax payment fall due together.",
        "I have posted the payroll journal and the social security accruals for the month.",
        "{person} will present the management accounts for {project} to the finance committee on "
        "{date}.",
        "The auditors raised a point on revenue recognition for multi-year contracts, which we "
        "will address in the notes.",
        "Overdue receivables are growing, so I recommend a provision for the two disputed "
        "invoices from {counterpart}.",
        "Under the new approval workflow, no supplier invoice is paid without a matching "
        "purchase order and goods receipt.",
        "Corporate income tax instalments are due on {date} and are based on last year's "
        "taxable profit.",
        "The budget template for next year is ready; each cost centre owner should fill in "
        "headcount and main costs.",
        "The bank has renewed the overdraft facility on the same terms, with the covenant tested "
        "every quarter.",
        "{counterpart} has sent a credit note cancelling the duplicate invoice, so the balance is "
        "now correct.",
        "The transfer pricing documentation needs updating because the service fees between the "
        "entities changed this year.",
        "{metric} came in at {value} this time, thanks mainly to the automated bank feeds.",
        "Please code all {item} costs to the project rather than to overheads, so the margin on "
        "{project} is accurate.",
        "The external audit fee for this year was agreed at a 3% increase, below the 8% first "
        "proposed.",
        "{person} found a supplier bank detail change request that did not come from the usual "
        "contact, so the payment is on hold.",
    ),
    risks=(
        "Late or incorrect tax filings leading to penalties",
        "Cash shortfall in a low-revenue month", "Qualified audit opinion",
        "Customer default on a large receivable", "Fraudulent change of supplier bank details",
        "Errors in manual spreadsheet reconciliations", "Covenant breach on the bank facility",
        "Foreign exchange losses on supplier payments",
        "Key-person dependency in the closing process",
    ),
    actions=(
        "{person} to send the outstanding audit request items by {date}",
        "Post the month-end accruals before the ledger closes",
        "{person} to chase overdue invoices from the largest customers",
        "Reconcile the credit card statements for the month",
        "{person} to update the cash-flow forecast by {date}",
        "Review spending on {item} with the budget holder",
        "File the VAT return before {date}",
        "{person} to write the variance commentary for the board pack",
        "Confirm new supplier bank details by phone before paying",
        "Run depreciation for the new assets",
        "{person} to agree intercompany balances with the subsidiary by {date}",
    ),
    tools=("SAP S/4HANA", "Oracle NetSuite", "Sage", "Xero", "QuickBooks", "DATEV", "Excel",
           "Power BI", "Outlook", "Teams"),
    abbreviations=("TB", "VAT", "AP", "AR", "FY", "YTD", "GL", "PnL", "BS", "CF"),
)

_HR = Domain(
    key="hr",
    industry="Human Resources",
    keywords=(
        "human resources", "hr", "hrbp", "hr business partner", "hr generalist",
        "people operations", "people partner", "people team", "talent acquisition",
        "talent management", "recruit", "recrut", "reclut", "rekrut", "headhunt",
        "executive search", "onboarding", "payroll", "la paie", "fiche de paie",
        "fiches de paie", "bulletins de paie", "lohnabrechnung", "gehaltsabrechnung",
        "nóminas", "folha de pagamento", "busta paga", "buste paga", "personalabteilung",
        "personalwesen", "personalleit", "personalreferent", "personalentwicklung",
        "ressources humaines", "drh", "rrhh", "recursos humanos", "risorse umane",
        "personeelszaken", "hrm", "kadr", "insan kaynakları", "işe alım", "plantilla", "人事",
        "人力资源", "招聘", "الموارد البشرية", "मानव संसाधन", "compensation and benefits",
        "benefits coordinator", "employee relations", "employee engagement",
        "workforce planning", "learning and development", "labour relations", "labor relations",
        "industrial relations", "works council", "betriebsrat", "comité social", "sindacat",
        "syndicat", "trade union", "salariés", "performance review", "training coordinator",
        "l&d",
    ),
    employer_patterns=(
        "{company}", "{company} Group", "{last_name} Recruitment", "{company} People Services",
        "{last_name} & Co", "{company} International",
    ),
    departments=(
        "Human Resources", "Talent Acquisition", "People Operations", "Learning & Development",
        "Compensation & Benefits", "Payroll", "Employee Relations", "HR Business Partnering",
    ),
    roles=(
        ("HR Intern", "junior"), ("HR Assistant", "junior"), ("Recruitment Coordinator", "junior"),
        ("HR Generalist", "mid"), ("Talent Acquisition Specialist", "mid"),
        ("Payroll Specialist", "mid"), ("HR Business Partner", "senior"),
        ("Learning & Development Manager", "lead"), ("Compensation & Benefits Manager", "lead"),
        ("HR Manager", "lead"), ("Head of People", "executive"), ("HR Director", "executive"),
    ),
    counterpart_kinds=(
        "candidate", "recruitment agency", "works council", "trade union", "benefits provider",
        "payroll provider", "training provider", "labour inspectorate",
    ),
    project_patterns=(
        "Annual performance review cycle {year}", "Graduate recruitment campaign {year}",
        "{quarter} {year} salary review", "Onboarding programme redesign {year}",
        "Leadership training with {counterpart}", "Works council negotiation {year}",
        "Employee engagement survey {year}", "HRIS migration to {counterpart}",
        "Hybrid working policy {year}", "{city} office hiring plan {year}",
    ),
    line_items=(
        LineItem("Job board posting (30 days)", "posting", 150.0, 900.0),
        LineItem("Recruitment agency fee (per hire)", "hire", 4000.0, 25000.0),
        LineItem("Background check", "check", 25.0, 150.0),
        LineItem("Psychometric assessment", "candidate", 40.0, 250.0),
        LineItem("Leadership training day (per participant)", "participant", 300.0, 1500.0),
        LineItem("E-learning licence (per employee per year)", "licence", 20.0, 120.0),
        LineItem("Health insurance premium (per employee per month)", "month", 60.0, 400.0),
        LineItem("Meal vouchers (per employee per month)", "month", 80.0, 220.0),
        LineItem("HR software subscription (per employee per month)", "month", 4.0, 15.0),
        LineItem("Engagement survey platform (annual)", "licence", 3000.0, 20000.0),
        LineItem("Relocation package", "package", 3000.0, 20000.0),
        LineItem("Occupational health assessment", "assessment", 80.0, 300.0),
        LineItem("Team offsite (per person)", "person", 150.0, 600.0),
        LineItem("Payroll processing (per payslip)", "payslip", 6.0, 20.0),
    ),
    metrics=(
        Metric("Time to hire", "days", 20.0, 70.0, False),
        Metric("Offer acceptance rate", "%", 65.0, 95.0, True),
        Metric("Voluntary turnover", "%", 5.0, 22.0, False),
        Metric("Absenteeism rate", "%", 2.0, 8.0, False),
        Metric("Employee engagement score", "score", 55.0, 85.0, True),
        Metric("Training hours per employee", "hours", 8.0, 45.0, True),
        Metric("Cost per hire", "EUR", 1500.0, 9000.0, False),
        Metric("Open positions", "count", 2.0, 60.0, False),
        Metric("Performance reviews completed", "%", 50.0, 100.0, True),
        Metric("Gender pay gap", "%", 2.0, 18.0, False),
    ),
    doc_topics=(
        "Recruitment plan {year}", "Interview scorecard", "Offer letter template",
        "Onboarding checklist", "Headcount report {quarter} {year}",
        "Salary review guidelines {year}", "Performance review calendar {year}",
        "Training plan {year}", "Absence report {quarter} {year}", "Employee handbook {year}",
        "Works council meeting minutes", "Exit interview summary {quarter}",
        "Engagement survey results {year}", "Benefits comparison - {counterpart}",
        "Disciplinary procedure", "Organisation chart {year}",
    ),
    phrases=(
        "We received 184 applications for the analyst role, and {person} has shortlisted eleven "
        "candidates for first interviews.",
        "The offer letter for the new team lead went out on {date}, and the candidate has asked "
        "for a later start date.",
        "Our {metric} for the quarter is {value}, mostly driven by the hard-to-fill engineering "
        "roles.",
        "Please complete the performance reviews for your direct reports by {date} so that "
        "calibration can start the week after.",
        "The works council has asked for the full consultation file on the reorganisation "
        "before the next meeting.",
        "{counterpart} has proposed a 12% increase in the health insurance premium, so I have "
        "asked two other providers for quotes.",
        "New starters get their laptop and badge on day one, provided IT receives the onboarding "
        "form at least five working days ahead.",
        "The salary review budget for next year is 3.5% of payroll, with a separate pot for "
        "promotions.",
        "Exit interviews show that workload and limited career paths are the main reasons people "
        "leave.",
        "{person} is preparing next year's training plan, including the mandatory health and "
        "safety sessions.",
        "{metric} rose to {value} over the winter, so we are reviewing the return-to-work "
        "process with managers.",
        "The disciplinary hearing is scheduled for {date}, and the employee may be accompanied "
        "by a colleague or a union representative.",
        "We will run the engagement survey again in the autumn to measure the effect of the "
        "hybrid working policy.",
        "The payroll cut-off for overtime and bonuses is the 18th; anything later goes into next "
        "month's run.",
        "The employer branding work on {project} doubled the number of applications from "
        "graduates.",
        "Please do not send salary information about other employees by email; use the secured "
        "HR folder.",
        "{counterpart} will run the leadership programme for first-time managers in two cohorts "
        "of twelve.",
        "The job description for the new role still needs a salary band and a reporting line "
        "before it can be posted.",
        "Four employees are on parental leave this quarter, so temporary cover has been arranged "
        "in finance and customer service.",
        "The pay equity analysis is finished, and the gaps in two job families will be addressed "
        "in the salary review.",
        "{person} is updating the employee handbook with the new rules on working remotely from "
        "abroad.",
        "The background check for the new finance manager came back clear, so the contract can "
        "be signed.",
        "The agency fee for the senior hire was 20% of first-year salary, so we should use our "
        "own network first for similar roles.",
        "Managers should hold a probation review at three months and record the outcome in the "
        "HR system.",
        "The collective agreement requires us to consult employee representatives before "
        "changing shift patterns.",
        "Our {metric} closed the quarter at {value}, against the target agreed in the people "
        "plan.",
        "{person} will present the recruitment pipeline for {project} at the leadership meeting "
        "on {date}.",
    ),
    risks=(
        "Loss of key talent to competitors", "Long time to hire for critical roles",
        "Non-compliance with changes in employment law",
        "Dispute with employee representatives over the restructuring",
        "Payroll errors damaging trust", "Data protection breach of employee records",
        "Low engagement after the reorganisation", "Equal pay claims",
        "Burnout in understaffed teams",
    ),
    actions=(
        "{person} to schedule first-round interviews by {date}",
        "Send the offer letter to the hiring manager for approval",
        "{person} to update the monthly headcount report",
        "Book the works council meeting for {date}",
        "{person} to collect quotes from three benefits providers",
        "Remind managers to complete probation reviews",
        "{person} to finalise the training calendar by {date}",
        "Publish the job posting on the careers site",
        "{person} to prepare the salary review letters by {date}",
        "Check right-to-work documents for all new starters",
        "Close the engagement survey and share results with managers by {date}",
    ),
    tools=("Workday", "SAP SuccessFactors", "Personio", "BambooHR", "LinkedIn Recruiter",
           "Greenhouse", "Excel", "Outlook", "Teams"),
    abbreviations=("HR", "JD", "FTE", "PIP", "OKR", "ATS", "HRIS", "CV", "ER", "LnD"),
)

_MARKETING = Domain(
    key="marketing",
    industry="Marketing & Communications",
    keywords=(
        "marketing", "brand", "social media", "content marketing", "content creator",
        "content strategist", "content calendar", "communications", "corporate communication",
        "communication manager", "communication officer", "head of communication",
        "chargé de communication", "chargée de communication", "responsable de communication",
        "agence de communication", "responsable de comunicación", "director de comunicación",
        "directora de comunicación", "comunicación corporativa", "agencia de comunicación",
        "comunicação", "comunicazione", "communicatie", "kommunikation", "komunikac",
        "iletişim", "pr", "public relations", "relations presse", "pressesprecher",
        "press release", "press officer", "notas de prensa", "nota de prensa",
        "comunicati stampa", "redes sociales", "réseaux sociaux", "soziale medien", "campaign",
        "campagn", "campaña", "influencer", "seo", "copywrit", "newsletter", "email marketing",
        "advertis", "werbung", "werbe", "publicidad", "publicité", "pubblicità", "publicidade",
        "reklam", "creative director", "art director", "media planner", "media buying",
        "growth marketing", "go-to-market", "product marketing", "event marketing",
        "community manager", "market research", "media buyer", "cmo", "ad agency",
        "agencia de publicidad", "chef de produit", "マーケティング", "広報", "宣伝", "营销",
        "市场部", "品牌", "公关", "تسويق", "मार्केटिंग",
    ),
    employer_patterns=(
        "{company}", "{last_name} Communications", "{company} Brands", "Studio {last_name}",
        "{city} Creative Agency", "{company} Marketing", "{last_name} & Partners PR",
    ),
    departments=(
        "Marketing", "Brand", "Digital Marketing", "Communications", "Content",
        "Performance Marketing", "Public Relations", "Product Marketing", "Events & Sponsorship",
    ),
    roles=(
        ("Marketing Intern", "junior"), ("Marketing Assistant", "junior"),
        ("Social Media Coordinator", "junior"), ("Content Marketing Specialist", "mid"),
        ("Digital Marketing Specialist", "mid"), ("Copywriter", "mid"),
        ("PR Manager", "senior"), ("Brand Manager", "senior"),
        ("Communications Manager", "lead"), ("Head of Marketing", "lead"),
        ("Marketing Director", "executive"), ("Chief Marketing Officer", "executive"),
    ),
    counterpart_kinds=(
        "agency", "media owner", "influencer", "printer", "journalist", "event venue", "client",
    ),
    project_patterns=(
        "Spring campaign {year}", "{quarter} {year} product launch",
        "Brand refresh with {counterpart}", "{city} trade show {year}",
        "Website redesign {year}", "Influencer programme {quarter} {year}",
        "Customer newsletter relaunch {year}", "Annual report {year}",
        "Always-on social media plan {year}", "{counterpart} co-branding campaign",
    ),
    line_items=(
        LineItem("Paid social impressions (per 1,000)", "CPM", 4.0, 15.0),
        LineItem("Search ad clicks", "click", 0.5, 4.0),
        LineItem("Sponsored post by a micro-influencer", "post", 150.0, 2500.0),
        LineItem("Product photography day", "day", 800.0, 3500.0),
        LineItem("Explainer video (60 seconds)", "video", 2500.0, 15000.0),
        LineItem("Press release distribution", "release", 200.0, 1200.0),
        LineItem("Trade show stand space (per square metre)", "m2", 250.0, 900.0),
        LineItem("Printed brochures (run of 1,000)", "run", 400.0, 2500.0),
        LineItem("Agency retainer (monthly)", "month", 3000.0, 25000.0),
        LineItem("Blog articles (per article)", "article", 150.0, 800.0),
        LineItem("Email marketing platform (monthly)", "month", 100.0, 1500.0),
        LineItem("Branded merchandise (per piece)", "piece", 2.0, 25.0),
        LineItem("Media monitoring subscription (monthly)", "month", 300.0, 2500.0),
        LineItem("Poster sites (two weeks)", "site", 400.0, 4000.0),
    ),
    metrics=(
        Metric("Cost per lead", "EUR", 15.0, 180.0, False),
        Metric("Email open rate", "%", 15.0, 45.0, True),
        Metric("Click-through rate", "%", 0.5, 4.0, True),
        Metric("Website sessions", "count", 20000.0, 600000.0, True),
        Metric("Social media engagement rate", "%", 1.0, 7.0, True),
        Metric("Marketing-qualified leads", "count", 80.0, 2500.0, True),
        Metric("Share of voice", "%", 5.0, 35.0, True),
        Metric("Return on ad spend", "score", 1.5, 8.0, True),
        Metric("Aided brand awareness", "%", 12.0, 70.0, True),
        Metric("Press mentions", "count", 5.0, 120.0, True),
        Metric("Conversion rate", "%", 0.8, 5.0, True),
    ),
    doc_topics=(
        "Campaign brief {quarter} {year}", "Content calendar {quarter} {year}",
        "Media plan {year}", "Brand guidelines {year}", "Press release draft",
        "Social media report {quarter} {year}", "Agency briefing - {counterpart}",
        "Marketing budget {year}", "Trade show checklist {year}", "Competitor analysis {year}",
        "Newsletter draft", "Influencer shortlist", "Campaign results {quarter} {year}",
        "Messaging framework", "Website copy review", "Audience research summary",
    ),
    phrases=(
        "The creative from {counterpart} is approved except for the headline, which legal wants "
        "to soften.",
        "Our {metric} for the spring campaign came in at {value}, well ahead of the same period "
        "last year.",
        "Please send the final copy for the newsletter by {date}; it goes out to 48,000 "
        "subscribers the following Tuesday.",
        "{person} is drafting the press release for the launch and will share it with the "
        "spokesperson for quotes.",
        "We are moving part of the budget from print to paid social, where costs are lower and "
        "results easier to track.",
        "The content calendar for next quarter has three pillars: customer stories, product tips "
        "and behind the scenes.",
        "The agency proposes two creative routes, and route B tested better with the focus "
        "groups aged 25 to 34.",
        "{counterpart} confirmed our stand location at the trade show, near the main entrance of "
        "hall 3.",
        "Every visual must follow the updated brand guidelines, especially the new colour "
        "palette and the logo spacing.",
        "The influencer shortlist has twelve names, and we will contract four after checking "
        "their audience data and past sponsored posts.",
        "Organic reach on our main social channel dropped after the algorithm change, so we are "
        "testing short videos.",
        "{person} will brief the media agency on {date} with the target audience, budget split "
        "and key dates for {project}.",
        "The A/B test on the subject line lifted our {metric} to {value}.",
        "We need the product photos by {date} to have the web pages and printed brochures ready "
        "for the launch.",
        "The trade magazine asked for an interview with our managing director about "
        "sustainability.",
        "The budget for {item} is 80% committed with two months to go, so any new request needs "
        "my approval.",
        "The messaging framework should be signed off before we brief the copywriters for the "
        "website.",
        "Customer testimonials convert better than our own claims, so let us collect two new "
        "case studies this quarter.",
        "{counterpart} sent a media plan mixing online video, podcasts and outdoor posters in the "
        "three largest cities.",
        "I have attached the competitor analysis; two competitors have cut prices and increased "
        "their search advertising.",
        "Please tag all campaign links with the agreed tracking parameters so the dashboard "
        "attributes leads correctly.",
        "The crisis communication plan was updated on {date}, and the holding statement is in "
        "the shared folder.",
        "The sponsorship of the city marathon gave us good visibility, but we cannot link it to "
        "sales.",
        "{person} will check the translations before the campaign is adapted for the other "
        "markets.",
        "The new logo has to be rolled out on signage, vehicles and stationery by the end of "
        "{project}.",
        "After the research report was picked up by three national titles, our {metric} rose to "
        "{value}.",
        "Event registrations closed at 640, and we expect a no-show rate of around 35%.",
    ),
    risks=(
        "Campaign launch delayed by late product availability",
        "Negative social media reaction to a campaign", "Agency overspend against budget",
        "Inconsistent branding across markets",
        "Influencer posts breaching advertising disclosure rules",
        "Low-quality leads handed to sales", "Tracking gaps after cookie consent changes",
        "Spokesperson unavailable for media interviews",
    ),
    actions=(
        "{person} to send the final copy to the agency by {date}",
        "Approve the media plan and budget split",
        "{person} to book the photographer for the product shoot",
        "Schedule the newsletter for {date}",
        "{person} to compile campaign results for the monthly report",
        "Brief the translators on the campaign adaptation",
        "{person} to add the new logo files to the brand guidelines",
        "Confirm the stand design and furniture with the trade show organiser",
        "{person} to shortlist influencers and check their audience data by {date}",
        "Tag all campaign links before launch",
        "Send the press release to the spokesperson for approval",
    ),
    tools=("HubSpot", "Canva", "Adobe Creative Cloud", "Google Analytics", "Meta Business Suite",
           "Mailchimp", "Hootsuite", "Excel", "PowerPoint", "Slack"),
    abbreviations=("CPL", "CTR", "SEO", "PR", "KPI", "MQL", "ROAS", "CPM", "UTM", "B2B"),
)

_SALES = Domain(
    key="sales",
    industry="Sales & Distribution",
    keywords=(
        "sales", "account manager", "account executive", "key account", "business development",
        "bizdev", "sales representative", "inside sales", "field sales", "territory manager",
        "sales quota", "quota attainment", "quotas", "vertrieb", "außendienst", "verkauf",
        "ingénieur commercial", "directeur commercial", "directrice commerciale",
        "responsable commercial", "agent commercial", "attaché commercial",
        "direttore commerciale", "comercial", "ventas", "vendedor", "venditore", "vendite",
        "verkoop", "verkoper", "sprzeda", "satış", "営業", "销售", "مبيعات", "बिक्री",
        "customer success", "crm", "upsell", "cross-sell", "prospects", "prospecting",
        "lead generation", "cold call", "discovery call", "channel partner", "pre-sales",
        "presales", "umsatz", "chiffre d'affaires", "cartera de clientes", "carteira de clientes",
        "portafoglio clienti", "sdr",
    ),
    employer_patterns=(
        "{company}", "{company} Solutions", "{company} Distribution", "{last_name} Industries",
        "{company} Europe", "{last_name} Trading", "{company} Systems",
    ),
    departments=(
        "Sales", "Key Accounts", "Business Development", "Inside Sales", "Sales Operations",
        "Customer Success", "Export Sales", "Channel Sales",
    ),
    roles=(
        ("Sales Intern", "junior"), ("Sales Development Representative", "junior"),
        ("Inside Sales Representative", "junior"), ("Account Executive", "mid"),
        ("Account Manager", "mid"), ("Field Sales Representative", "mid"),
        ("Key Account Manager", "senior"), ("Senior Account Executive", "senior"),
        ("Sales Team Lead", "lead"), ("Regional Sales Manager", "lead"),
        ("Head of Sales", "executive"), ("Sales Director", "executive"),
    ),
    counterpart_kinds=(
        "client", "prospect", "distributor", "channel partner", "procurement department",
        "reseller",
    ),
    project_patterns=(
        "{counterpart} annual renewal {year}", "{quarter} {year} pipeline push",
        "Price negotiations {year} with {counterpart}", "{city} territory expansion",
        "Onboarding of distributor {counterpart}", "{item} upsell campaign {quarter}",
        "Key account plan {year} for {counterpart}", "Tender response for {counterpart}",
    ),
    line_items=(
        LineItem("Software licences (per user per year)", "licence", 200.0, 1200.0),
        LineItem("Implementation packages", "package", 5000.0, 40000.0),
        LineItem("Premium support contracts (annual)", "contract", 2000.0, 30000.0),
        LineItem("On-site training days", "day", 900.0, 2000.0),
        LineItem("Industrial stretch film (per pallet)", "pallet", 300.0, 900.0),
        LineItem("Corrugated boxes (per pallet)", "pallet", 250.0, 600.0),
        LineItem("Handheld barcode scanners", "unit", 120.0, 600.0),
        LineItem("Thermal label printers", "unit", 300.0, 1500.0),
        LineItem("Replacement parts kits", "kit", 120.0, 1500.0),
        LineItem("Demo units", "unit", 500.0, 5000.0),
        LineItem("Annual maintenance contracts", "contract", 1000.0, 20000.0),
        LineItem("Consulting days", "day", 700.0, 1600.0),
        LineItem("Cloud storage plans (per TB per month)", "TB", 15.0, 60.0),
        LineItem("Office supplies bundles (monthly)", "bundle", 150.0, 900.0),
    ),
    metrics=(
        Metric("Quota attainment", "%", 60.0, 130.0, True),
        Metric("Win rate", "%", 15.0, 45.0, True),
        Metric("Pipeline coverage", "score", 1.5, 4.5, True),
        Metric("Average deal size", "EUR", 5000.0, 120000.0, True),
        Metric("Sales cycle length", "days", 20.0, 160.0, False),
        Metric("Customer churn", "%", 2.0, 15.0, False),
        Metric("New accounts opened", "count", 2.0, 40.0, True),
        Metric("Meetings booked", "count", 10.0, 90.0, True),
        Metric("Average discount granted", "%", 3.0, 20.0, False),
        Metric("Net revenue retention", "%", 90.0, 125.0, True),
        Metric("Forecast accuracy", "%", 70.0, 97.0, True),
    ),
    doc_topics=(
        "Account plan - {counterpart}", "Sales forecast {quarter} {year}",
        "Proposal - {counterpart}", "Price list {year}", "Quote for {item}",
        "Pipeline review {quarter} {year}", "Call notes - {counterpart}",
        "Commission statement {quarter} {year}", "Territory plan {year}",
        "Discount approval request - {counterpart}", "Competitive battlecard",
        "Quarterly business review - {counterpart}", "Tender response checklist",
        "Sales playbook {year}", "Lost deal analysis {quarter}", "Customer onboarding checklist",
    ),
    phrases=(
        "{counterpart} asked for a revised quote on a three-year term; I can offer up to 8% "
        "discount without director approval.",
        "Our {metric} for the quarter is {value}, with two large deals still expected to close "
        "before the end of the month.",
        "The procurement team at {counterpart} wants our answers to their supplier questionnaire "
        "by {date}.",
        "I had a discovery call with their operations director, and the main pain point is the "
        "manual reporting they do every Friday.",
        "{person} will join the demo on {date} to answer the technical questions about the "
        "integration.",
        "The renewal is at risk because their champion left the company last month, so I am "
        "trying to meet the new head of operations.",
        "Please update the opportunity stages in the CRM before Monday's pipeline review.",
        "We lost the tender to a competitor that was 12% cheaper, although the client said our "
        "solution scored higher on quality.",
        "The 4% price increase for {item} takes effect on {date}, and key accounts will get a "
        "personal letter.",
        "{counterpart} wants to pilot with one site first and roll out to the other six if the "
        "results are good.",
        "The forecast call moves to Thursday; please bring your commit and best-case numbers.",
        "I have attached the proposal for {project}, including the implementation timeline and "
        "payment milestones.",
        "Their legal team is reviewing our standard terms and wants to cap our liability at the "
        "annual contract value.",
        "{person} closed the biggest deal of the year with {counterpart}, a two-year agreement "
        "covering all their warehouses.",
        "Our {metric} has slipped to {value}, mostly because deals are waiting longer in legal "
        "review.",
        "Our distributor in the region is asking for a higher margin on {item} to compete with "
        "local brands.",
        "The quarterly business review with {counterpart} went well, and they want to add two "
        "product lines next year.",
        "Please do not promise delivery dates before checking stock with the warehouse.",
        "The new commission plan pays an accelerator above 100% of quota, capped at 150%.",
        "I will visit the three largest customers in the northern territory in the week of "
        "{date}.",
        "The prospect's budget is approved for next quarter, so we should aim for signature "
        "before the end of their financial year.",
        "{person} is preparing a battlecard on our main competitor after their latest price cut.",
        "The trade show generated 96 leads; 30 of them are qualified and have been assigned to "
        "account managers.",
        "The client wants payment terms of 90 days, but finance will only accept 60 days with a "
        "deposit.",
        "Cross-selling {item} to existing accounts is the fastest way to close the gap to target "
        "this quarter.",
        "Please log every customer visit in the CRM within 48 hours, with next steps and the "
        "expected close date.",
        "{counterpart} has moved the decision on {project} to their board meeting on {date}.",
    ),
    risks=(
        "Key account lost at renewal", "Over-reliance on two large customers",
        "Discounting eroding margins", "Pipeline too thin to reach the annual target",
        "Long procurement cycles delaying revenue", "Competitor price war in the main segment",
        "Delivery problems damaging customer relationships", "Inaccurate sales forecast",
        "Top account manager leaving with client relationships",
    ),
    actions=(
        "{person} to send the revised quote by {date}",
        "Update CRM opportunity stages before the forecast call",
        "{person} to book a meeting with the new decision maker",
        "Prepare the quarterly business review deck for the client",
        "{person} to confirm availability and lead times for {item}",
        "Request discount approval from the sales director",
        "{person} to follow up the trade show leads by {date}",
        "Send the contract to the client's legal team",
        "{person} to prepare next year's territory plan",
        "Check payment terms with finance before signing",
        "Schedule the product demo for {date}",
    ),
    tools=("Salesforce", "HubSpot CRM", "LinkedIn Sales Navigator", "Excel", "Outlook", "Teams",
           "Zoom", "DocuSign", "Gong", "PowerPoint"),
    abbreviations=("QBR", "RFP", "CRM", "SDR", "ARR", "MRR", "POC", "KAM", "SOW", "YTD"),
)

_DATA_SCIENCE = Domain(
    key="data_science",
    industry="Technology & Analytics",
    keywords=(
        "data scientist", "data science", "data analyst", "data analytics", "data engineer",
        "data engineering", "data architect", "data platform", "data", "analytics",
        "business intelligence", "bi", "machine learning", "deep learning", "ai",
        "artificial intelligence", "statistic", "statistik", "statistique", "statistica",
        "estadístic", "estatístic", "dashboard", "datenanalys", "datenpipeline", "daten",
        "données", "datos", "dados", "dati", "gegevens", "analityk", "veri bilimi",
        "veri analisti", "veri mühendisi", "データ", "数据", "بيانات", "डेटा", "churn",
        "predictive", "prediction", "a/b test", "experimentation", "sql", "python",
        "tableau de bord", "tableaux de bord", "power bi", "etl", "data warehouse", "big data",
        "nlp", "computer vision",
    ),
    employer_patterns=(
        "{company}", "{company} Analytics", "{company} Technologies", "{last_name} Data Lab",
        "{company} Insights", "{city} Institute of Data Science",
    ),
    departments=(
        "Data Science", "Analytics", "Business Intelligence", "Data Engineering",
        "Machine Learning", "Data Platform", "Insights", "Risk Analytics",
    ),
    roles=(
        ("Data Science Intern", "junior"), ("Junior Data Analyst", "junior"),
        ("Data Analyst", "mid"), ("BI Developer", "mid"), ("Data Scientist", "mid"),
        ("Analytics Engineer", "mid"), ("Data Engineer", "mid"),
        ("Senior Data Scientist", "senior"), ("Machine Learning Engineer", "senior"),
        ("Lead Data Scientist", "lead"), ("Head of Analytics", "lead"),
        ("Chief Data Officer", "executive"),
    ),
    counterpart_kinds=(
        "business stakeholder", "data provider", "cloud vendor", "product team", "client",
        "data protection officer",
    ),
    project_patterns=(
        "Churn prediction model {year}", "{quarter} {year} dashboard migration",
        "Demand forecasting for {city} stores", "Data warehouse migration to {counterpart}",
        "Customer segmentation {year}", "Experimentation platform rollout {year}",
        "Pricing elasticity study {year}", "Data quality programme {quarter} {year}",
        "Fraud detection model {year}",
    ),
    line_items=(
        LineItem("Cloud compute (per vCPU hour)", "vCPU hour", 0.03, 0.12),
        LineItem("GPU instance hours", "hour", 1.5, 6.0),
        LineItem("Data warehouse credits", "credit", 2.0, 4.0),
        LineItem("Object storage (per TB per month)", "TB", 18.0, 25.0),
        LineItem("BI tool licences (per user per month)", "licence", 10.0, 70.0),
        LineItem("Third-party data set (annual licence)", "licence", 5000.0, 30000.0),
        LineItem("Data labelling (per 1,000 items)", "batch", 40.0, 300.0),
        LineItem("Survey panel responses (per complete)", "response", 2.0, 12.0),
        LineItem("ML platform subscription (monthly)", "month", 500.0, 8000.0),
        LineItem("Contract data engineer day", "day", 500.0, 1100.0),
        LineItem("Data catalogue licence (annual)", "licence", 8000.0, 30000.0),
        LineItem("Analytics conference ticket", "ticket", 300.0, 1500.0),
        LineItem("Laptop with 32 GB of memory", "unit", 1500.0, 3200.0),
    ),
    metrics=(
        Metric("Model AUC", "score", 0.68, 0.92, True),
        Metric("Mean absolute percentage error", "%", 5.0, 25.0, False),
        Metric("Dashboard weekly active users", "count", 20.0, 900.0, True),
        Metric("Pipeline failure rate", "%", 0.5, 8.0, False),
        Metric("Data freshness lag", "hours", 1.0, 30.0, False),
        Metric("Monthly query cost", "EUR", 800.0, 30000.0, False),
        Metric("Experiments run", "count", 2.0, 40.0, True),
        Metric("Uplift from experiments", "%", 0.5, 9.0, True),
        Metric("Data quality checks passed", "%", 85.0, 99.8, True),
        Metric("Request turnaround time", "days", 1.0, 12.0, False),
        Metric("Precision in the top decile", "%", 35.0, 85.0, True),
    ),
    doc_topics=(
        "Model documentation - churn model", "Data dictionary {year}",
        "Dashboard requirements - {counterpart}", "Experiment results {quarter} {year}",
        "Feature importance analysis", "Data quality report {quarter} {year}",
        "SQL query library", "Forecast accuracy review {quarter}", "Data pipeline runbook",
        "Analytics roadmap {year}", "Model monitoring report {quarter} {year}",
        "Data sharing agreement - {counterpart}", "Customer segmentation results {year}",
        "Exploratory analysis notes", "Cloud cost report {quarter} {year}", "KPI definitions",
    ),
    phrases=(
        "The retrained churn model improved our {metric} to {value} on the hold-out set, mostly "
        "thanks to the new usage features.",
        "The nightly pipeline failed on {date} because the source system changed a column type "
        "without notice.",
        "{person} is rebuilding the sales dashboard in the new BI tool, and the old reports will "
        "be switched off at the end of the quarter.",
        "Please do not use the raw events table for reporting; the cleaned model in the "
        "warehouse removes test accounts and duplicates.",
        "The A/B test on the checkout page ran for three weeks, and the difference in conversion "
        "is not statistically significant.",
        "{counterpart} will deliver the new data extract by {date}, with customer identifiers "
        "pseudonymised as agreed with the data protection officer.",
        "Our cloud bill doubled last month because an unpartitioned query scanned the full "
        "history every hour.",
        "The demand forecast for the summer range under-predicted sales in the coastal stores by "
        "about 18%.",
        "I have documented the feature definitions in the data dictionary so the marketing team "
        "can reuse them.",
        "{person} will present the segmentation results to the product team on {date}.",
        "The model is drifting: the share of new customers in the scoring population has almost "
        "doubled since training.",
        "Before we share this analysis, the numbers need to reconcile with the finance figures "
        "for the same period.",
        "We agreed with the business to refresh the dashboard daily at 6:00 instead of in real "
        "time, which cuts costs considerably.",
        "Stakeholders want one definition of an active customer; there are currently four in "
        "use.",
        "Our {metric} for the data platform is {value} this month, within the service level we "
        "promised.",
        "I have added data quality tests for nulls and duplicate keys on the orders table, and "
        "three of them fail today.",
        "The pricing elasticity study suggests a 5% increase on the premium range would cost "
        "less than 2% of volume.",
        "{counterpart} asked whether the model can explain individual decisions, so we will add "
        "feature contributions to the scoring output.",
        "The notebook is only a prototype; the production version for {project} will run as a "
        "scheduled job with monitoring.",
        "Please request access to the customer tables through the data access form, not directly "
        "from the engineers.",
        "The labelling vendor delivered 40,000 annotated records, with 91% agreement between "
        "annotators.",
        "{person} found that the drop in weekly sales was a tracking issue after the app "
        "release, not a real decline.",
        "We need a larger sample for the regional analysis, because the confidence intervals for "
        "the smaller regions are too wide.",
        "The data warehouse migration is 70% complete, and the remaining reports depend on the "
        "finance data mart.",
        "I have scheduled a review of the experiment backlog for {date} to prioritise the next "
        "tests for {project}.",
        "The fraud model flags about 0.6% of transactions, and investigators confirm roughly one "
        "alert in five.",
        "Spend on {item} is now tracked per team, so each squad can see its own share of the "
        "platform costs.",
    ),
    risks=(
        "Model drift reducing prediction quality", "Poor source data quality",
        "Personal data used without a legal basis", "Runaway cloud costs from inefficient queries",
        "Conflicting KPI definitions across teams", "Critical pipeline known by one engineer only",
        "Insights ignored in business decisions", "Biased training data producing unfair outcomes",
        "Vendor lock-in on the data platform",
    ),
    actions=(
        "{person} to fix the failing pipeline and backfill the missing days by {date}",
        "Document the new features in the data dictionary",
        "{person} to check the A/B test sample size before launch",
        "Reconcile dashboard totals with the finance figures",
        "{person} to set up model monitoring alerts",
        "Review spending on {item} with the platform team",
        "{person} to present the findings to stakeholders on {date}",
        "Request the data extract from the vendor",
        "Add data quality tests to the orders table",
        "{person} to agree the definition of an active customer with product and finance by "
        "{date}",
        "Archive the prototype notebooks in the shared repository",
    ),
    tools=("Python", "SQL", "Jupyter", "Snowflake", "dbt", "Tableau", "Power BI", "BigQuery",
           "Databricks", "Git", "Excel", "Slack"),
    abbreviations=("ML", "BI", "ETL", "KPI", "SQL", "AB", "EDA", "DQ", "DWH", "API"),
)

_SOFTWARE = Domain(
    key="software",
    industry="Software & IT",
    keywords=(
        "software", "software developer", "web developer", "app developer",
        "mobile developer", "game developer", "java developer", "python developer",
        "développeu", "entwickler", "softwareentwickl", "desarrollador",
        "desenvolvedor", "sviluppatore", "ontwikkelaar", "programist", "programmer",
        "programmeur", "programador", "programmatore", "yazılım", "ソフトウェア", "開発", "开发",
        "软件", "后端", "前端", "程序员", "互联网", "برمجيات", "مبرمج", "सॉफ्टवेयर", "backend",
        "back-end", "frontend", "front-end", "full-stack", "fullstack", "javascript", "typescript",
        "web app", "devops", "sre",
        "site reliability", "cloud", "kubernetes", "microservice", "api", "saas",
        "mobile app", "ios", "android", "qa engineer", "test automation",
        "tester", "cto", "tech lead", "engineering manager", "scrum", "agile", "cybersecurity",
        "cyber", "security engineer", "web hosting", "hosting provider",
        "hosting company", "hostingow", "sysadmin", "system administrator",
        "informatique", "informatik", "informática", "informatyk", "bilişim", "it department",
        "it support", "it consultant", "software architect", "solution architect",
        "solutions architect", "cloud architect", "enterprise architect", "data centre",
        "data center", "coding", "github",
    ),
    employer_patterns=(
        "{company}", "{company} Software", "{company} Labs", "{company} Technologies",
        "{last_name} Digital", "{company} Systems",
    ),
    departments=(
        "Engineering", "Platform", "Backend", "Frontend", "Mobile", "DevOps",
        "Quality Assurance", "Security", "Product", "IT",
    ),
    roles=(
        ("Software Engineering Intern", "junior"), ("Junior Developer", "junior"),
        ("QA Tester", "junior"), ("Software Engineer", "mid"), ("Frontend Developer", "mid"),
        ("Backend Developer", "mid"), ("DevOps Engineer", "mid"),
        ("Senior Software Engineer", "senior"), ("Staff Engineer", "senior"),
        ("Tech Lead", "lead"), ("Engineering Manager", "lead"), ("CTO", "executive"),
        ("VP of Engineering", "executive"),
    ),
    counterpart_kinds=(
        "client", "cloud provider", "product team", "open-source community", "security auditor",
        "outsourcing partner", "customer support",
    ),
    project_patterns=(
        "Kubernetes migration {year}", "{quarter} {year} release", "Payments API v2",
        "Mobile app redesign {year}", "Single sign-on integration with {counterpart}",
        "Monolith decomposition {year}", "Observability rollout {quarter} {year}",
        "Penetration test remediation {year}", "{city} data centre exit",
        "{counterpart} client portal",
    ),
    line_items=(
        LineItem("Cloud compute instances (per month)", "instance", 40.0, 600.0),
        LineItem("Managed database (per month)", "instance", 150.0, 2500.0),
        LineItem("Build pipeline minutes (CI, per 1,000)", "block", 4.0, 10.0),
        LineItem("Monitoring and logging (per host per month)", "host", 15.0, 40.0),
        LineItem("IDE licences (per developer per year)", "licence", 150.0, 700.0),
        LineItem("Code hosting seats (per user per month)", "seat", 4.0, 21.0),
        LineItem("Penetration test", "engagement", 6000.0, 30000.0),
        LineItem("Contract developer day", "day", 450.0, 1000.0),
        LineItem("Developer laptop", "unit", 1800.0, 3500.0),
        LineItem("Extended validation certificate (annual)", "certificate", 80.0, 600.0),
        LineItem("CDN traffic (per TB)", "TB", 20.0, 80.0),
        LineItem("Error tracking subscription (monthly)", "month", 30.0, 400.0),
        LineItem("Technical conference ticket", "ticket", 400.0, 1500.0),
        LineItem("Load testing service (per run)", "run", 100.0, 1500.0),
    ),
    metrics=(
        Metric("Deployments per month", "count", 4.0, 120.0, True),
        Metric("Lead time for changes", "days", 0.5, 14.0, False),
        Metric("Change failure rate", "%", 2.0, 25.0, False),
        Metric("Mean time to recovery", "hours", 0.5, 24.0, False),
        Metric("Service availability", "%", 99.0, 99.99, True),
        Metric("Open critical bugs", "count", 0.0, 25.0, False),
        Metric("Test coverage", "%", 45.0, 90.0, True),
        Metric("Sprint velocity", "score", 20.0, 80.0, True),
        Metric("Monthly cloud spend", "EUR", 2000.0, 150000.0, False),
        Metric("Pull request review time", "hours", 2.0, 48.0, False),
        Metric("Escaped defects", "count", 0.0, 20.0, False),
    ),
    doc_topics=(
        "Architecture decision record", "Sprint review {quarter} {year}", "Incident postmortem",
        "Release notes {quarter} {year}", "Technical design - payments API", "On-call handbook",
        "API specification", "Security review - {counterpart}", "Tech debt register {year}",
        "Engineering roadmap {year}", "Load test results", "Onboarding guide for new engineers",
        "Cloud cost review {quarter} {year}", "Runbook - database failover",
        "Code review guidelines", "Retrospective notes",
    ),
    phrases=(
        "The deployment on {date} was rolled back after error rates on the checkout service rose "
        "above 2%.",
        "{person} is splitting the user service out of the monolith, and the first endpoints are "
        "behind a feature flag.",
        "Our {metric} this month is {value}, in line with the target we set after the last "
        "incident review.",
        "Please rebase your branch on main before asking for a review, because the CI pipeline "
        "fails on the old dependencies.",
        "The postmortem for the outage found a missing database index and an alert routed to "
        "the wrong channel.",
        "{counterpart} needs the API documentation for the single sign-on integration by {date}.",
        "There are 43 open tickets in the tech debt register, so I suggest we reserve 20% of each "
        "sprint to reduce it.",
        "The penetration test found two medium-severity issues in the admin panel, and the fixes "
        "are planned for the next release.",
        "The staging environment will be down on Thursday evening while we upgrade the "
        "Kubernetes cluster.",
        "{person} will pair with the new junior developer for the first two weeks to get them "
        "through the codebase.",
        "Our cloud costs went up 30% after verbose logging was enabled in production, so we "
        "should shorten the retention period.",
        "The product team wants the new onboarding flow in the {project} release, but the design "
        "is not final yet.",
        "I have written an architecture decision record proposing that we replace polling with "
        "webhooks.",
        "The flaky end-to-end tests are slowing every merge, so {person} is quarantining them "
        "until they are fixed.",
        "The mobile release is waiting for app store review, which we expect by {date}.",
        "We agreed on a code freeze from {date} until the end of the year, except for security "
        "fixes.",
        "The load test reached 4,000 requests per second before response times degraded, which "
        "leaves enough headroom for the campaign.",
        "Please add metrics and structured logs to every new endpoint; we cannot debug what we "
        "cannot see.",
        "{counterpart} reported that invoices are generated twice when a user double-clicks the "
        "pay button.",
        "The library we use for PDF generation is no longer maintained, so we need to choose a "
        "replacement this quarter.",
        "Our on-call rotation now has six engineers, so each person is on call one week in six.",
        "Retro outcome: stories were too large, so anything above five points will be split "
        "before the sprint starts.",
        "The database migration script has been tested against a copy of production and takes "
        "about eleven minutes.",
        "{metric} improved to {value} after we parallelised the test suite and cached the "
        "dependencies.",
        "Production access is restricted to the on-call engineer; everyone else uses the "
        "read-only replica.",
        "Version 1 of the API will be switched off on {date}, and the customers still calling it "
        "have been notified twice.",
        "{person} proposed replacing the cron jobs with a proper job queue as part of {project}.",
        "The bill for {item} is now split by team, so every squad can see what its services cost.",
    ),
    risks=(
        "Production outage during peak traffic", "Vulnerability in a third-party dependency",
        "Key engineer leaving with undocumented knowledge", "Scope creep delaying the release",
        "Rising cloud costs", "Technical debt slowing delivery",
        "Data loss from a failed migration", "Partner API changes breaking integrations",
        "Insufficient test coverage on critical paths",
    ),
    actions=(
        "{person} to write the postmortem by {date}",
        "Upgrade the vulnerable dependency and redeploy",
        "{person} to review the pull request for the payments API",
        "Schedule the cluster upgrade for {date}",
        "{person} to add monitoring to the new endpoints",
        "Update the API documentation for the client",
        "{person} to shorten log retention to cut costs",
        "Split large stories before sprint planning",
        "Run the load test against staging before {date}",
        "{person} to quarantine the flaky tests",
        "Notify customers about the API deprecation",
        "Review the spend on {item} with the platform team",
    ),
    tools=("GitHub", "GitLab", "Jira", "Confluence", "VS Code", "Docker", "Kubernetes", "Slack",
           "Terraform", "Datadog", "Postman"),
    abbreviations=("API", "PR", "CI", "ADR", "SLO", "RFC", "QA", "UAT", "MVP", "SRE"),
)

_BANKING = Domain(
    key="banking",
    industry="Financial Services",
    keywords=(
        "bank", "banking", "banker", "banque", "banquier", "banco", "bancari", "banca",
        "privatbank", "bankier", "retail bank", "bank branch", "branch operations",
        "central bank", "investment bank", "investment banking", "private equity",
        "venture capital", "asset management", "asset manager", "portfolio manager",
        "portfoliomanager", "wealth management", "wealth manager", "private banking",
        "vermögensverwalt", "anlagestrateg", "anlageberat", "gestion de patrimoine",
        "gestion d'actifs", "gestión de patrimonio", "relationship manager", "credit",
        "crédito", "kredit", "kredyt", "loan", "lending", "lender", "mortgage", "underwrit",
        "insurance", "insurer", "actuari", "actuaire", "versicherung", "seguros", "aseguradora",
        "assicurazion", "verzeker", "ubezpiecz", "sigorta", "m&a", "mergers and acquisitions",
        "fund manager", "hedge fund", "mutual fund", "investment fund", "pension fund", "trader",
        "trading desk", "equity research", "fixed income", "derivatives", "capital markets",
        "stockbroker", "brokerage", "kyc", "aml", "anti-money laundering", "fintech",
        "investment", "investissement", "inversiones", "investimento", "銀行", "银行", "投资",
        "証券", "证券", "投資", "مصرف", "بنك", "बैंक", "निवेश",
    ),
    employer_patterns=(
        "{company} Bank", "{city} Savings Bank", "{last_name} Capital",
        "{company} Asset Management", "{company} Investment Partners", "{last_name} Private Bank",
        "{company} Insurance",
    ),
    departments=(
        "Corporate Banking", "Retail Banking", "Credit Risk", "Investment Banking",
        "Asset Management", "Wealth Management", "Compliance", "Treasury", "Operations",
        "Equity Research",
    ),
    roles=(
        ("Banking Intern", "junior"), ("Analyst", "junior"), ("Credit Analyst", "mid"),
        ("Associate", "mid"), ("Relationship Manager", "mid"),
        ("Branch Operations Officer", "mid"), ("Risk Officer", "mid"),
        ("Portfolio Manager", "senior"), ("Vice President", "senior"),
        ("Branch Manager", "lead"), ("Director", "lead"), ("Managing Director", "executive"),
        ("Chief Risk Officer", "executive"),
    ),
    counterpart_kinds=(
        "corporate client", "private client", "regulator", "central bank", "rating agency",
        "investor", "custodian", "law firm",
    ),
    project_patterns=(
        "{counterpart} refinancing {year}", "Credit review of {counterpart}",
        "{quarter} {year} portfolio rebalancing", "Acquisition of {counterpart}",
        "Capital requirements readiness {year}", "KYC remediation {year}",
        "SME lending campaign {city}", "Stress test {year}", "IPO readiness for {counterpart}",
    ),
    line_items=(
        LineItem("Loan arrangement fee", "deal", 1500.0, 25000.0),
        LineItem("Mortgage valuation survey", "valuation", 250.0, 900.0),
        LineItem("Mortgage broker commission", "case", 300.0, 2500.0),
        LineItem("Custody fee (per account per year)", "account", 100.0, 2500.0),
        LineItem("International wire transfer fee", "transfer", 5.0, 35.0),
        LineItem("Market data terminal (per month)", "licence", 1500.0, 2500.0),
        LineItem("Credit rating report", "report", 50.0, 800.0),
        LineItem("Advisory retainer (monthly)", "month", 5000.0, 30000.0),
        LineItem("Trade execution commission", "trade", 5.0, 60.0),
        LineItem("Documentary letter of credit", "instrument", 250.0, 3000.0),
        LineItem("Safe deposit box (annual)", "box", 60.0, 400.0),
        LineItem("Business current account (monthly)", "month", 8.0, 60.0),
        LineItem("Financial due diligence report", "report", 10000.0, 60000.0),
        LineItem("Corporate credit card (annual fee)", "card", 20.0, 150.0),
    ),
    metrics=(
        Metric("Non-performing loan ratio", "%", 0.8, 6.0, False),
        Metric("Cost-to-income ratio", "%", 45.0, 75.0, False),
        Metric("Loan book growth", "%", 0.5, 15.0, True),
        Metric("Net interest margin", "%", 1.2, 3.5, True),
        Metric("Assets under management", "EUR", 50000000.0, 3000000000.0, True),
        Metric("Excess return over benchmark", "%", -2.5, 4.0, True),
        Metric("Credit applications processed", "count", 20.0, 600.0, True),
        Metric("Average time to credit decision", "days", 2.0, 25.0, False),
        Metric("Customer complaints", "count", 3.0, 80.0, False),
        Metric("Overdue KYC files", "count", 0.0, 150.0, False),
        Metric("Capital adequacy ratio", "%", 12.0, 20.0, True),
    ),
    doc_topics=(
        "Credit memo - {counterpart}", "Pitch book - {counterpart}", "Valuation model {year}",
        "Portfolio review {quarter} {year}", "Term sheet - {counterpart}",
        "KYC checklist - {counterpart}", "Investment committee minutes",
        "Covenant compliance {quarter} {year}", "Market outlook {quarter} {year}",
        "Risk appetite statement {year}", "Client meeting notes - {counterpart}",
        "Stress test results {year}", "Watch list review {quarter}",
        "Fee proposal - {counterpart}", "Regulatory reporting calendar {year}",
        "Deal tracker {year}",
    ),
    phrases=(
        "The credit committee approved the facility for {counterpart}, subject to a tighter "
        "leverage covenant of 3.0 times.",
        "Our {metric} stands at {value}, and the risk team expects it to rise slightly as the "
        "economy slows.",
        "{person} is updating the valuation model with the latest management projections and a "
        "revised discount rate.",
        "The client's annual accounts show a drop in operating margin, so we should move them to "
        "the watch list.",
        "Please complete the KYC refresh for {counterpart} before any new transaction is booked, "
        "because the file expired on {date}.",
        "The trading comparables in the pitch book need updating to last Friday's close before "
        "the management presentation.",
        "The investment committee meets on {date}, and the memo on {project} must be circulated "
        "three working days before.",
        "We received the signed term sheet from {counterpart}, and legal is now drafting the "
        "facility agreement.",
        "The portfolio is overweight in European equities after the rally, so I propose trimming "
        "by two percentage points.",
        "The central bank raised its policy rate by 25 basis points, which will feed into our "
        "variable-rate loans next month.",
        "{person} flagged an unusual pattern of cash deposits on a business account, and the case "
        "has gone to the money laundering reporting officer.",
        "The borrower breached the interest cover covenant last quarter, and we are negotiating a "
        "waiver with a fee.",
        "Our {metric} improved to {value} after the branch network was reorganised.",
        "The advisers' due diligence report is due by {date}, and the data room closes a week "
        "later.",
        "Client assets grew by 6% this quarter, mostly from net new money rather than market "
        "performance.",
        "The regulatory return for the quarter must be signed off by the chief risk officer "
        "before {date}.",
        "The SME lending campaign brought in 140 applications, and 62% were approved within ten "
        "days.",
        "{counterpart} wants to refinance the existing loan and add a revolving credit facility "
        "for working capital.",
        "The stress test assumes a 20% fall in commercial property prices and a two-point rise in "
        "unemployment.",
        "Please do not send client portfolio details to personal email addresses; use the secure "
        "messaging system.",
        "Trading comparables put the target at 7 to 9 times operating profit, which supports the "
        "seller's asking price.",
        "The mortgage pipeline is slowing because of higher rates, and completions this month are "
        "down 15% year on year.",
        "{person} prepared the suitability report before the client switched into the bond fund.",
        "The rating agency affirmed the bank's rating with a stable outlook after the annual "
        "review.",
        "The client asked for a quarterly call on portfolio performance against the agreed "
        "benchmark.",
        "Interest on {project} is booked monthly, and the arrangement fee is spread over the life "
        "of the loan.",
        "Pricing for {item} was reviewed on {date} and stays unchanged for existing clients.",
    ),
    risks=(
        "Rising defaults in the SME loan book", "Concentration on a few large borrowers",
        "Money laundering through client accounts", "Regulatory fine for late reporting",
        "Interest rate shock compressing margins", "Market downturn hitting client portfolios",
        "Covenant breach by a key borrower", "Cyber attack on online banking",
        "Model risk in valuation assumptions",
    ),
    actions=(
        "{person} to update the credit memo by {date}",
        "Complete the KYC refresh before booking the trade",
        "{person} to circulate the investment committee paper",
        "Request the latest management accounts from the borrower",
        "{person} to rerun the valuation with the new projections by {date}",
        "Add the client to the watch list",
        "Book the client portfolio review for {date}",
        "{person} to file the suspicious activity report",
        "Send the term sheet to legal for drafting",
        "{person} to update the trading comparables",
        "Check covenant compliance for the quarter",
    ),
    tools=("Bloomberg Terminal", "Excel", "PowerPoint", "FactSet", "Salesforce", "Outlook",
           "Teams", "Temenos", "Murex"),
    abbreviations=("KYC", "AML", "LTV", "DSCR", "IC", "TS", "NPL", "AUM", "RWA", "DCF"),
)

_CONSTRUCTION = Domain(
    key="construction",
    industry="Construction & Civil Engineering",
    keywords=(
        "construction", "constructora", "constructor", "construcción", "construção",
        "costruzion", "edilizi", "edile", "bauleit", "baustell", "bauunternehm", "bauingenieur",
        "bauprojekt", "bauwirtschaft", "hochbau", "tiefbau", "brandschutz", "brücke", "bouw",
        "budow", "inşaat", "建設", "施工", "工地", "土木", "建筑工程", "工事", "مقاول",
        "البناء", "निर्माण", "site manager", "site engineer", "construction site",
        "building site", "chantier", "conducteur de travaux", "chef de chantier", "obras",
        "jefe de obra", "avance de obra", "director de obra", "obra civil", "contractor",
        "subcontract", "general contractor", "civil engineer", "génie civil", "ingeniero civil",
        "engenheiro civil", "ingegnere civile", "quantity surveyor", "structural engineer",
        "geotechnic", "tunnel", "highway", "infrastructure project", "civil works", "bim",
        "hse", "health and safety", "foreman", "formwork", "scaffold", "earthworks",
        "groundworks", "tower crane", "variation order", "renovation", "puente",
        "kierownik budowy",
    ),
    employer_patterns=(
        "{company} Construction", "{last_name} Builders", "{company} Engineering",
        "{last_name} Construction Group", "{company} Infrastructure", "{city} Civil Works",
        "{last_name} Contractors",
    ),
    departments=(
        "Site Operations", "Project Management", "Estimating", "Quantity Surveying",
        "Health & Safety", "Design Coordination", "Procurement", "Civil Engineering",
        "Quality Control", "Plant & Equipment",
    ),
    roles=(
        ("Site Intern", "junior"), ("Assistant Site Engineer", "junior"),
        ("Site Engineer", "mid"), ("Quantity Surveyor", "mid"), ("Civil Engineer", "mid"),
        ("Structural Engineer", "mid"), ("Planner", "mid"), ("Foreman", "mid"),
        ("Senior Site Manager", "senior"), ("HSE Manager", "lead"),
        ("Project Manager", "lead"), ("Construction Director", "executive"),
    ),
    counterpart_kinds=(
        "client", "subcontractor", "supplier", "architect", "building control",
        "utility company", "structural consultant", "local authority",
    ),
    project_patterns=(
        "{city} residential block", "Bridge rehabilitation {year}",
        "{counterpart} warehouse extension", "School refurbishment {city}",
        "Road resurfacing package {quarter} {year}", "Metro station fit-out {city}",
        "Mixed-use tower {city}", "{item} package tender {year}", "Flood defence scheme {year}",
    ),
    line_items=(
        LineItem("Ready-mix concrete (C30/37, per m3)", "m3", 85.0, 140.0),
        LineItem("Reinforcement steel (per tonne)", "tonne", 650.0, 1100.0),
        LineItem("Formwork hire (per m2 per week)", "m2", 3.0, 12.0),
        LineItem("Tower crane hire (monthly)", "month", 9000.0, 22000.0),
        LineItem("Excavator with operator (per day)", "day", 450.0, 1100.0),
        LineItem("Scaffolding (per m2)", "m2", 8.0, 25.0),
        LineItem("Structural steel erection (per tonne)", "tonne", 600.0, 1500.0),
        LineItem("Precast concrete slab", "unit", 400.0, 2500.0),
        LineItem("Site labour (per hour)", "hour", 25.0, 55.0),
        LineItem("Asphalt surfacing (per tonne)", "tonne", 60.0, 120.0),
        LineItem("Brickwork (per 1,000 bricks laid)", "thousand", 500.0, 1100.0),
        LineItem("Plasterboard partitions (per m2)", "m2", 25.0, 60.0),
        LineItem("Site welfare cabin hire (monthly)", "month", 400.0, 1500.0),
        LineItem("Waste skip hire", "skip", 180.0, 450.0),
        LineItem("Geotechnical borehole", "borehole", 1500.0, 6000.0),
    ),
    metrics=(
        Metric("Schedule slippage", "days", 0.0, 60.0, False),
        Metric("Cost overrun against budget", "%", 0.0, 15.0, False),
        Metric("Lost time injury frequency rate", "score", 0.0, 5.0, False),
        Metric("Open snagging items", "count", 5.0, 400.0, False),
        Metric("Outstanding requests for information", "count", 2.0, 60.0, False),
        Metric("Value of work certified", "EUR", 100000.0, 5000000.0, True),
        Metric("Overdue subcontractor payments", "count", 0.0, 12.0, False),
        Metric("Site safety audit score", "score", 70.0, 98.0, True),
        Metric("Weather days lost", "days", 0.0, 20.0, False),
        Metric("Percentage complete", "%", 5.0, 98.0, True),
        Metric("Waste diverted from landfill", "%", 60.0, 95.0, True),
    ),
    doc_topics=(
        "Daily site diary", "Weekly progress report {quarter} {year}",
        "Method statement - crane lifts", "Risk assessment - working at height",
        "Variation order log {year}", "Request for information - {counterpart}",
        "Payment application {quarter} {year}", "Construction programme {year}",
        "Snagging list", "Health and safety plan", "Subcontract order - {counterpart}",
        "Site meeting minutes", "Concrete pour record", "Handover checklist",
        "Tender price comparison - {item}", "Permit to work register",
    ),
    phrases=(
        "The concrete pour for the third-floor slab is booked for {date}, weather permitting, "
        "with the pump arriving at 6:30.",
        "{counterpart} has submitted a variation for the extra excavation after we hit rock at "
        "2.4 metres.",
        "Our {metric} on site is {value}, and the client has asked for a recovery programme by "
        "the end of the month.",
        "The structural engineer has not yet answered the RFI about the beam connection at "
        "gridline C4.",
        "{person} carried out the weekly scaffold inspection; two tags were out of date and have "
        "been renewed.",
        "Prices for {item} have risen again, so we should place the order for the whole package "
        "now.",
        "The tower crane was stood down for two days because wind speeds exceeded the "
        "manufacturer's limit.",
        "Every operative must sign the daily briefing sheet before starting work on the roof.",
        "The quantity surveyor will walk the site with the client on {date} to agree this "
        "month's valuation.",
        "The utility company has moved the cable diversion to {date}, which pushes the road "
        "crossing back by a week.",
        "{person} is preparing the method statement for lifting the precast stairs into the core.",
        "The snagging list for the first block has 212 items, most of them paint touch-ups and "
        "door adjustments.",
        "Building control inspected the drainage on {date} and signed it off without comments.",
        "We had a near miss when a pallet of blocks slipped from the forklift, so the area is now "
        "fenced off during unloading.",
        "The client wants to change the facade material, which needs a revised planning approval "
        "and new samples.",
        "Three subcontractors are pricing the {item} package, and the tender returns are due on "
        "{date}.",
        "The critical path runs through the lift installation, which depends on the shaft being "
        "handed over dry.",
        "{counterpart} has not returned the signed subcontract, so they cannot start on site yet.",
        "Rain stopped the groundworks on eight days this month, and we are documenting it for an "
        "extension of time claim.",
        "Please upload photos of the reinforcement before the pour so the engineer can check the "
        "cover and spacing.",
        "The waste skips are collected twice a week, and segregation on site is improving.",
        "{person} will chair the progress meeting on {date} with the architect, the client and "
        "the main subcontractors.",
        "Our {metric} is now {value}, the best result since the start of {project}.",
        "The cube tests from last week's pour reached 38 N/mm² at 28 days, above the specified "
        "strength.",
        "The neighbours complained about noise before 8:00, so deliveries are now restricted to "
        "daytime hours.",
        "We need the final fire-stopping details from the designer before the ceilings can be "
        "closed.",
        "The look-ahead programme for {project} shows the roof watertight three weeks before the "
        "fit-out starts.",
    ),
    risks=(
        "Ground conditions worse than the survey predicted",
        "Price inflation on steel and concrete", "Subcontractor insolvency",
        "Fall from height or another serious accident",
        "Late design information from the architect",
        "Adverse weather delaying critical works", "Disputes over payment for variations",
        "Delayed utility connections", "Missed permit or inspection sign-off",
    ),
    actions=(
        "{person} to send the RFI to the structural engineer by {date}",
        "Book the concrete pump for {date}",
        "{person} to update the three-week look-ahead programme",
        "Inspect the scaffolding before the weekend",
        "{person} to price the variation for the extra excavation",
        "Send the subcontract for signature",
        "{person} to prepare the payment application by {date}",
        "Confirm quantities and rates for {item} for the next phase",
        "Photograph the reinforcement before the pour",
        "{person} to close out the snagging items in block A",
        "Arrange the building control inspection",
    ),
    tools=("Procore", "AutoCAD", "Revit", "Primavera P6", "MS Project", "Excel", "Outlook",
           "Teams", "Navisworks", "Bluebeam"),
    abbreviations=("RFI", "VO", "HSE", "BOQ", "RAMS", "QS", "EOT", "PTW", "BIM", "NCR"),
)

_ARCHITECTURE = Domain(
    key="architecture",
    industry="Architecture & Interior Design",
    keywords=(
        "architect", "architecte", "architekt", "arquitect", "arquitet", "architett", "mimar",
        "建築家", "建築設計", "设计院", "建筑师", "建筑设计", "معماري", "वास्तुकार",
        "interior design", "interior architect", "architecte d'intérieur", "innenarchitekt",
        "interiorista", "interiorismo", "design studio", "architecture studio", "atelier",
        "urban planning", "urbanis", "urban design", "landscape architect", "fit-out",
        "floor plan", "space planning", "furniture design", "lighting design", "revit",
        "archicad", "sketchup", "planning application", "planning drawings", "design practice",
    ),
    employer_patterns=(
        "{last_name} Architects", "Studio {last_name}", "{last_name} Architecture & Interiors",
        "{company} Design", "Atelier {last_name}", "{last_name} + Partners",
        "{city} Design Studio",
    ),
    departments=(
        "Architecture", "Interior Design", "Urban Planning", "Design", "Technical Delivery",
        "Visualisation", "Landscape Architecture", "Project Management",
    ),
    roles=(
        ("Architecture Intern", "junior"), ("Junior Architect", "junior"),
        ("Architectural Assistant", "junior"), ("Architect", "mid"),
        ("Interior Designer", "mid"), ("BIM Coordinator", "mid"),
        ("Project Architect", "senior"), ("Senior Interior Designer", "senior"),
        ("Design Lead", "lead"), ("Associate Director", "lead"),
        ("Studio Director", "executive"), ("Founding Partner", "executive"),
    ),
    counterpart_kinds=(
        "client", "planning authority", "contractor", "structural engineer",
        "furniture supplier", "developer", "heritage officer",
    ),
    project_patterns=(
        "{city} school extension", "Boutique hotel fit-out for {counterpart}",
        "Office refurbishment {year}", "Housing competition {city} {year}",
        "{counterpart} headquarters concept design", "Apartment renovation {quarter} {year}",
        "Store design for {counterpart}", "Planning application {city} {year}",
        "Library conversion {city}",
    ),
    line_items=(
        LineItem("Engineered oak flooring (per m2)", "m2", 45.0, 110.0),
        LineItem("Porcelain tiles (per m2)", "m2", 25.0, 90.0),
        LineItem("Pendant light fittings", "unit", 150.0, 1200.0),
        LineItem("Bespoke joinery (per linear metre)", "metre", 600.0, 2500.0),
        LineItem("Acoustic ceiling panels", "panel", 40.0, 180.0),
        LineItem("Task chairs", "unit", 250.0, 1200.0),
        LineItem("Meeting tables (8 seats)", "unit", 1500.0, 6000.0),
        LineItem("Linen curtain fabric (per metre)", "metre", 30.0, 150.0),
        LineItem("Wallpaper rolls", "roll", 40.0, 180.0),
        LineItem("Natural stone cladding (per m2)", "m2", 90.0, 250.0),
        LineItem("Wool carpet tiles (per m2)", "m2", 35.0, 90.0),
        LineItem("Lounge armchairs", "unit", 600.0, 2500.0),
        LineItem("Glass partition system (per linear metre)", "metre", 350.0, 900.0),
        LineItem("Terrazzo flooring (per m2)", "m2", 120.0, 300.0),
    ),
    metrics=(
        Metric("Fee spent against fee earned", "%", 70.0, 120.0, False),
        Metric("Drawings issued on time", "%", 70.0, 98.0, True),
        Metric("Billable utilisation", "%", 60.0, 90.0, True),
        Metric("Design changes after stage sign-off", "count", 0.0, 25.0, False),
        Metric("Competition wins", "count", 0.0, 6.0, True),
        Metric("Client satisfaction", "score", 3.5, 5.0, True),
        Metric("Outstanding invoices", "EUR", 5000.0, 150000.0, False),
        Metric("Hours spent on the project", "hours", 80.0, 2500.0, False),
        Metric("Planning approvals obtained", "count", 1.0, 12.0, True),
        Metric("Average fee per project", "EUR", 20000.0, 400000.0, True),
    ),
    doc_topics=(
        "Concept design report", "Design brief - {counterpart}", "Drawing register {year}",
        "Planning statement", "Furniture schedule", "Finishes schedule - {item}",
        "Fee proposal - {counterpart}", "Site visit notes",
        "Design review minutes {quarter} {year}",
        "Moodboard", "Material samples log", "Stage report {quarter} {year}", "Lighting concept",
        "Specification - {item}", "Competition entry {year}",
        "Client presentation - {counterpart}",
    ),
    phrases=(
        "The client approved the concept design on {date} with one change: the reception desk "
        "moves closer to the entrance.",
        "{person} is updating the drawing register before we issue the tender package to three "
        "contractors.",
        "Our {metric} on {project} is {value}, so we need to agree additional fees for the extra "
        "design options.",
        "The planning officer asked for a daylight study and revised elevations showing the "
        "relationship with the neighbouring building.",
        "Samples of {item} arrived today; the colour is warmer than the catalogue and works "
        "better with the oak.",
        "{counterpart} wants the lobby to feel less corporate, so we are testing softer lighting "
        "and more planting.",
        "The heritage officer will only accept timber windows on the street facade, which "
        "affects the budget.",
        "Please check that the door schedule matches the fire strategy before the drawings are "
        "issued.",
        "The lead time for the task chairs is twelve weeks, so the order has to be placed by "
        "{date}.",
        "I have sketched three layouts for the open-plan office, and option B gives each team a "
        "quiet room without losing desks.",
        "The structural engineer confirmed that the existing slab can take the new bookshelves "
        "if they are fixed to the walls.",
        "{person} will produce the 3D visualisations for the client presentation on {date}.",
        "The contractor proposes a cheaper substitute for the {item}, and we need the technical "
        "data before we agree.",
        "The accessibility audit flagged the ramp gradient at the side entrance, which we will "
        "adjust in the next revision.",
        "We lost the competition to a larger practice, but the jury praised our treatment of the "
        "public space.",
        "The client's budget does not allow the full glazed roof, so we are proposing a partial "
        "skylight over the atrium.",
        "Please keep all mark-ups in the shared model; comments sent by email get lost between "
        "revisions.",
        "{counterpart} has asked for a fee proposal for the interior design stage, including "
        "procurement of loose furniture.",
        "Site visit on {date}: the plasterboard is up on level two, and the electrician has marked "
        "the light positions.",
        "The acoustic consultant recommends absorbent panels on at least 30% of the meeting room "
        "ceiling.",
        "Our moodboard for the hotel rooms is built around local stone, linen and dark green "
        "accents.",
        "The building regulations submission is ready, pending the energy calculation from the "
        "services engineer.",
        "{metric} for the studio is {value} this quarter, slightly below target because of two "
        "unpaid competition entries.",
        "{person} will check the setting-out dimensions on site before the joinery is "
        "manufactured.",
        "We should photograph the finished project before the tenant moves in; the photographer "
        "is free on {date}.",
        "The kitchen layout needs another 40 centimetres for wheelchair turning, so the island "
        "will be shortened.",
        "The finishes board for {project} pairs the {item} with brushed brass and pale terrazzo.",
    ),
    risks=(
        "Planning refusal or long delays at the planning authority",
        "Client changes after stage sign-off", "Fees exceeded on fixed-price commissions",
        "Long lead times for specified furniture and finishes",
        "Contractor substitutions reducing quality", "Budget overruns forcing value engineering",
        "Coordination errors between architectural and engineering drawings",
        "Professional indemnity claim over a design error",
    ),
    actions=(
        "{person} to issue the revised drawings by {date}",
        "Send the fee proposal for the interior stage",
        "{person} to order samples of {item}",
        "Book the site visit for {date}",
        "{person} to add lead times to the furniture schedule",
        "Check the door schedule against the fire strategy",
        "Submit the planning application",
        "{person} to prepare the client presentation by {date}",
        "Coordinate ceiling levels with the services engineer",
        "{person} to review the contractor's substitution request",
        "Photograph the completed project",
    ),
    tools=("Revit", "AutoCAD", "Archicad", "SketchUp", "Rhino", "Enscape", "Adobe InDesign",
           "Photoshop", "Excel", "Outlook", "Miro"),
    abbreviations=("GA", "FFE", "RCP", "DWG", "BIM", "DD", "CD", "PA", "MEP", "REV"),
)

_EDUCATION = Domain(
    key="education",
    industry="Education & Research",
    keywords=(
        "teacher", "teaching", "lecturer", "professor", "professeur", "profesor", "professore",
        "leraar", "lerares", "docent", "lehrer", "dozent", "enseignant", "maestra",
        "maestro de", "maîtresse", "instituteur", "institutrice", "nauczyciel", "öğretmen",
        "eğitim", "school", "école", "escuela", "escola", "scuola", "schule", "szkoł", "szkol",
        "okul", "universit", "universidad", "universidade", "hochschule", "uniwersytet",
        "college", "faculty", "campus", "student", "pupil", "élève", "alumno", "aluno",
        "schüler", "researcher", "research", "chercheu", "forscher", "investigador",
        "ricercat", "onderzoek", "naukow", "araştırma", "postdoc", "phd", "doctoral",
        "doctorate", "doctorant", "doktorand", "doktorant", "dissertation", "thesis",
        "curriculum", "syllabus", "lesson", "exams", "examination", "examen",
        "kindergarten", "preschool", "nursery",
        "primary school", "secondary school", "high school", "headteacher", "head teacher",
        "dean", "tutor", "academic", "school counsellor", "school counselor", "librarian",
        "bibliothécaire", "bibliothekar",
        "bibliotecari", "grant proposal", "primaria", "secundaria", "lycée", "gymnasium",
        "grundschule", "liceo", "教師", "教員", "教授", "学校", "大学", "研究", "教育", "老师",
        "教师", "学生", "معلم", "مدرس", "جامعة", "مدرسة", "शिक्ष", "स्कूल", "विद्यालय",
        "विश्वविद्यालय", "कक्षा", "छात्र", "परीक्षा", "प्रोफेसर",
    ),
    employer_patterns=(
        "{city} University", "University of {city}", "{last_name} Secondary School",
        "{city} International School", "{last_name} Primary School",
        "{city} Institute of Technology", "{company} Learning Centre", "{city} Public School",
    ),
    departments=(
        "Mathematics Department", "Science Department", "Faculty of Economics",
        "Research Office", "Admissions", "Student Services", "Languages", "School Leadership",
        "Library", "Graduate School",
    ),
    roles=(
        ("Teaching Assistant", "junior"), ("PhD Candidate", "junior"),
        ("Trainee Teacher", "junior"), ("Teacher", "mid"), ("Lecturer", "mid"),
        ("Postdoctoral Researcher", "mid"), ("Senior Lecturer", "senior"),
        ("Associate Professor", "senior"), ("Professor", "senior"),
        ("Head of Department", "lead"), ("Deputy Head", "lead"), ("Principal", "executive"),
        ("Dean", "executive"),
    ),
    counterpart_kinds=(
        "parent", "student", "funding agency", "publisher", "examination board",
        "research partner", "ministry of education", "school inspectorate",
    ),
    project_patterns=(
        "End-of-term exams {quarter} {year}", "Grant proposal to {counterpart}",
        "Curriculum review {year}", "School trip to {city}", "Open day {year}",
        "Research project with {counterpart}", "Accreditation visit {year}",
        "Reading programme {year}", "Summer school {city} {year}",
    ),
    line_items=(
        LineItem("Textbooks", "copy", 15.0, 60.0),
        LineItem("Graphing calculators", "unit", 80.0, 160.0),
        LineItem("Interactive whiteboards", "unit", 1500.0, 4000.0),
        LineItem("Laboratory consumables kits", "kit", 40.0, 250.0),
        LineItem("Exam paper printing (per student)", "student", 1.0, 5.0),
        LineItem("School trips (per student)", "student", 30.0, 450.0),
        LineItem("Open-access article processing charges", "article", 900.0, 3500.0),
        LineItem("Conference registrations", "registration", 150.0, 700.0),
        LineItem("Research assistants (per month)", "month", 1800.0, 3500.0),
        LineItem("Student laptops", "unit", 300.0, 800.0),
        LineItem("Learning platform licence (per student per year)", "licence", 3.0, 20.0),
        LineItem("Student microscopes", "unit", 150.0, 900.0),
        LineItem("Supply teacher days", "day", 120.0, 300.0),
        LineItem("Library database subscription (annual)", "licence", 3000.0, 40000.0),
    ),
    metrics=(
        Metric("Pass rate", "%", 65.0, 98.0, True),
        Metric("Average exam score", "score", 58.0, 84.0, True),
        Metric("Attendance rate", "%", 85.0, 98.0, True),
        Metric("Student satisfaction", "score", 3.2, 4.8, True),
        Metric("Grant applications submitted", "count", 1.0, 8.0, True),
        Metric("Papers published", "count", 0.0, 12.0, True),
        Metric("Marking turnaround", "days", 5.0, 21.0, False),
        Metric("Average class size", "count", 18.0, 35.0, False),
        Metric("Dropout rate", "%", 1.0, 15.0, False),
        Metric("Contact hours per week", "hours", 8.0, 24.0, False),
        Metric("Research funding secured", "EUR", 20000.0, 1500000.0, True),
    ),
    doc_topics=(
        "Lesson plans {quarter} {year}", "Scheme of work {year}", "Exam paper {quarter} {year}",
        "Marking rubric", "Grade book {year}", "Parent-teacher meeting notes",
        "Grant proposal - {counterpart}", "Research data management plan",
        "Course syllabus {year}", "Student progress report {quarter}",
        "Department meeting minutes", "Field trip risk assessment", "Ethics application",
        "Conference abstract {year}", "Timetable {year}", "Reading list {year}",
    ),
    phrases=(
        "The mock exams start on {date}, so please send me your papers by Friday to be printed "
        "and sealed.",
        "{person} has agreed to cover my Year 10 class on Thursday while I am at the moderation "
        "meeting.",
        "Our {metric} this term is {value}, slightly up on last year after the extra revision "
        "sessions.",
        "Three students have not handed in their coursework, so I have contacted their parents "
        "and set a new deadline of {date}.",
        "The grant proposal to {counterpart} is due on {date}, and the budget section still needs "
        "the equipment quotes.",
        "The ethics committee approved the survey on one condition: participants must be able to "
        "withdraw their data later.",
        "Please use the shared marking rubric so that grades are consistent across the four "
        "classes.",
        "{person} will present our preliminary results at the spring conference.",
        "The school trip needs a signed consent form and a dietary questionnaire from every "
        "family by {date}.",
        "Reviewer 2 asked for a robustness check with a different control group, which will take "
        "about two weeks.",
        "The new curriculum adds a unit on data literacy, which affects next year's budget for "
        "{item}.",
        "Attendance dipped in the week before the holidays, as usual, but two pupils are below "
        "85% for the term.",
        "I have uploaded the lecture slides and the week 6 reading list to the learning platform.",
        "{counterpart} confirmed funding for a second PhD position starting in October.",
        "The inspection team visits on {date} and wants to observe lessons in mathematics and "
        "languages.",
        "Please update the predicted grades in the system before the parents' evening.",
        "The department's budget for {item} is almost spent, so any new request waits until "
        "April.",
        "My doctoral student submitted the first full draft of her thesis, and the defence is "
        "planned for the summer.",
        "{metric} across the department is {value}, and the head wants a plan for the students "
        "who are falling behind.",
        "Next year's timetable gives each teacher one free period a day for planning and marking.",
        "The journal accepted our paper subject to minor revisions, with a resubmission deadline "
        "of {date}.",
        "We received 312 applications for the master's programme, and the admissions panel meets "
        "next week.",
        "{person} is leading the reading programme, with twenty minutes of silent reading every "
        "morning.",
        "The special educational needs coordinator recommends extra time in exams for two "
        "students in my class.",
        "The student laptops will be delivered before the start of term as part of {project}.",
        "Teaching evaluations were positive, although students asked for more worked examples "
        "before the exam.",
    ),
    risks=(
        "Students falling behind after long absences", "Exam papers leaked or lost",
        "Grant application rejected", "Teacher shortage in key subjects",
        "Safeguarding incident on a school trip", "Research data lost without backups",
        "Plagiarism or misuse of AI tools in coursework",
        "Budget cuts reducing classroom resources", "Downgraded inspection rating",
    ),
    actions=(
        "{person} to send the exam paper for printing by {date}",
        "Contact the parents of students with missing coursework",
        "{person} to complete the budget section of the grant proposal",
        "Upload the marking rubric to the learning platform",
        "{person} to book the moderation meeting for {date}",
        "Request quotes for {item} before the end of term",
        "Submit the ethics application",
        "{person} to finalise the reading list",
        "Update predicted grades before the parents' evening",
        "{person} to answer the reviewers' comments by {date}",
        "Collect the consent forms for the school trip",
    ),
    tools=("Moodle", "Google Classroom", "Microsoft Teams", "Word", "Excel", "PowerPoint",
           "Zotero", "Overleaf", "R", "SPSS", "Outlook"),
    abbreviations=("SOW", "CPD", "SEN", "TA", "PHD", "ECTS", "HOD", "LMS", "GPA", "MOCK"),
)

_MANUFACTURING = Domain(
    key="manufacturing",
    industry="Manufacturing & Logistics",
    keywords=(
        "manufactur", "factory", "plant", "plant manager", "production", "produktion",
        "produzione", "producción", "produção", "productie", "produkcj", "production planner",
        "production planning", "fabrication", "fabricación", "fabbrica", "fabriek", "fabryk",
        "fabrika", "usine", "stabilimento", "supply chain", "lieferkette",
        "chaîne d'approvisionnement", "cadena de suministro", "cadeia de suprimentos",
        "cadeia de abastecimento", "catena di fornitura", "logistic", "logistique", "logistik",
        "logística", "logistiek", "logistyk", "lojistik", "warehouse", "warehousing",
        "lagerlogist", "lagerleit", "entrepôt", "almacén", "armazém", "magazzino", "magazyn",
        "distribution center", "distribution centre", "fulfilment", "fulfillment", "3pl",
        "freight", "forwarder", "shipping", "transport", "procurement", "purchasing", "buyer",
        "einkauf", "beschaffung", "achats", "compras", "acquisti", "inkoop", "zakup",
        "satın alma", "supplier", "sourcing", "lean", "six sigma", "kaizen",
        "quality assurance", "quality control", "quality engineer", "iso 9001",
        "production line", "assembly line", "shop floor", "automotive", "machinery",
        "maschinenbau", "mechanical engineer", "industrial engineer", "industrial",
        "industriel", "industrielle", "industriale", "textil", "tekstil", "garment",
        "packaging", "verpackung", "emballage", "embalaje", "embalagem", "imballaggio", "cnc",
        "machining", "injection mould", "injection mold", "mrp", "erp", "s&op", "inventory",
        "demand planning", "demand planner", "üretim", "ihracat", "sipariş", "importer",
        "imports", "import-export", "export", "customs", "incoterms", "製造", "工場", "生産",
        "物流", "メーカー", "制造", "工厂", "生产", "供应链", "采购", "مصنع", "تصنيع", "لوجست",
        "सप्लाई चेन", "कारखाना", "विनिर्माण",
    ),
    employer_patterns=(
        "{company}", "{company} Manufacturing", "{last_name} Industries", "{company} Logistics",
        "{last_name} Engineering Works", "{company} Components", "{city} Packaging Works",
    ),
    departments=(
        "Production", "Supply Chain", "Logistics", "Warehouse", "Quality Assurance",
        "Procurement", "Maintenance", "Production Planning", "Continuous Improvement",
        "Customer Service",
    ),
    roles=(
        ("Apprentice Technician", "junior"), ("Warehouse Operative", "junior"),
        ("Production Planner", "mid"), ("Supply Chain Analyst", "mid"), ("Buyer", "mid"),
        ("Quality Engineer", "mid"), ("Logistics Coordinator", "mid"),
        ("Warehouse Supervisor", "senior"), ("Production Manager", "lead"),
        ("Supply Chain Manager", "lead"), ("Continuous Improvement Lead", "lead"),
        ("Plant Manager", "executive"), ("Operations Director", "executive"),
    ),
    counterpart_kinds=(
        "supplier", "customer", "freight forwarder", "carrier", "customs broker",
        "certification body", "maintenance contractor",
    ),
    project_patterns=(
        "Dual sourcing of {item} {year}", "Line 3 efficiency programme {year}",
        "{quarter} {year} S&OP cycle", "Warehouse layout redesign {city}",
        "ISO 9001 recertification {year}", "Lean rollout {year}", "Transport tender {year}",
        "New product introduction with {counterpart}",
        "Inventory reduction programme {quarter} {year}",
    ),
    line_items=(
        LineItem("Cold-rolled steel coil (per tonne)", "tonne", 700.0, 1100.0),
        LineItem("Aluminium extrusion profiles (per kg)", "kg", 3.0, 6.0),
        LineItem("Injection-moulded housings", "unit", 0.8, 4.5),
        LineItem("Corrugated shipping cartons", "unit", 0.4, 2.2),
        LineItem("Euro pallets", "unit", 9.0, 18.0),
        LineItem("Hydraulic cylinders", "unit", 120.0, 900.0),
        LineItem("Spare bearing sets", "set", 20.0, 250.0),
        LineItem("Stretch film rolls", "roll", 12.0, 30.0),
        LineItem("Industrial lubricant (20 litres)", "drum", 60.0, 200.0),
        LineItem("Electronic control boards", "unit", 25.0, 180.0),
        LineItem("Stainless steel fasteners (box of 1,000)", "box", 25.0, 90.0),
        LineItem("Rubber O-rings (bag of 500)", "bag", 15.0, 60.0),
        LineItem("Polypropylene granulate (per tonne)", "tonne", 1000.0, 1600.0),
        LineItem("Carbide cutting inserts (box of 10)", "box", 60.0, 180.0),
        LineItem("Wooden export crates", "unit", 40.0, 150.0),
    ),
    metrics=(
        Metric("Overall equipment effectiveness", "%", 55.0, 85.0, True),
        Metric("On-time in-full delivery", "%", 80.0, 98.0, True),
        Metric("Inventory turns", "score", 4.0, 14.0, True),
        Metric("Scrap rate", "%", 0.5, 6.0, False),
        Metric("Defects per million parts", "count", 50.0, 2500.0, False),
        Metric("Unplanned downtime", "hours", 5.0, 120.0, False),
        Metric("Order picking accuracy", "%", 98.0, 99.9, True),
        Metric("Supplier on-time delivery", "%", 75.0, 98.0, True),
        Metric("Freight cost per shipment", "EUR", 150.0, 900.0, False),
        Metric("Lost time accidents", "count", 0.0, 6.0, False),
        Metric("Days of inventory", "days", 20.0, 90.0, False),
        Metric("Forecast accuracy", "%", 60.0, 92.0, True),
    ),
    doc_topics=(
        "Production schedule {quarter} {year}", "S&OP meeting minutes {quarter} {year}",
        "Supplier audit report - {counterpart}", "Purchase order - {item}",
        "Inventory count {year}", "8D report - customer complaint",
        "Freight rate comparison {year}",
        "Maintenance plan {year}", "Quality control checklist - {item}",
        "Warehouse KPI dashboard {quarter}", "Shipping schedule {quarter} {year}",
        "Supplier specification - {item}", "Lean workshop notes", "Safety incident report",
        "Supplier scorecard - {counterpart}", "Customs documentation - {counterpart}",
    ),
    phrases=(
        "{counterpart} confirmed the shipment of {item} will leave the port on {date}, four days "
        "later than planned.",
        "Our {metric} for the month is {value}, and line 2 lost most of its time to changeovers.",
        "The S&OP meeting agreed to build stock ahead of the summer shutdown rather than add a "
        "weekend shift.",
        "{person} is running a root-cause analysis on the batch of housings rejected at incoming "
        "inspection.",
        "Please recount the fast movers in zone A; the system shows 1,200 units, but the pickers "
        "cannot find them.",
        "The carrier has announced a 7% fuel surcharge from next month, so I have asked two "
        "other hauliers for rates.",
        "We moved half of the volume of {item} to a second supplier to reduce our dependence on "
        "a single plant.",
        "The certification body will audit our quality management system on {date}, and the "
        "internal audit found three minor non-conformities.",
        "Container rates from Asia have fallen, but transit times are still two weeks longer "
        "than before the route changes.",
        "{person} will run the kaizen workshop on the packing line next week with operators from "
        "both shifts.",
        "The customer complaint about scratched parts was traced to the new stretch film, so we "
        "are going back to the old supplier.",
        "Planned maintenance on the press is scheduled for {date}, so that week's orders are "
        "being built early.",
        "The safety walk found blocked fire exits on the warehouse mezzanine, which were cleared "
        "the same day.",
        "Raw material stock covers eleven days of production at current rates, below our "
        "minimum of fifteen.",
        "Every pallet leaving the dock needs a shipping label and a packing list in the pocket.",
        "The new warehouse layout moves the fastest items closer to dispatch and should cut "
        "walking time by a quarter.",
        "{counterpart} is asking for a price increase on {item}, saying in their letter that "
        "their energy costs have doubled.",
        "Our {metric} has improved to {value} since we introduced the daily production meeting "
        "at the line.",
        "The bill of materials for the new model still lists the old connector, which will cause "
        "wrong orders if it is not corrected.",
        "Customs held the shipment because the commodity code on the invoice did not match the "
        "declaration.",
        "We need a decision on the automated storage system by {date} to install it during the "
        "summer shutdown.",
        "{person} is updating the demand forecast with the latest orders from the three largest "
        "customers.",
        "Temporary staff for the peak season start on {date}, and each gets a half-day induction "
        "on safety and picking.",
        "Scrap on the moulding machines has doubled since the tool change, and the toolmaker is "
        "coming in on Monday.",
        "The supplier scorecard shows {counterpart} below 85% on-time delivery for the third "
        "month in a row.",
        "Spare parts for the packaging robot only come from the manufacturer, with a six-week "
        "lead time.",
        "The business case for {project} assumes a 15% cut in handling costs within a year.",
    ),
    risks=(
        "Supplier failure on a single-sourced component",
        "Unplanned breakdown of a bottleneck machine", "Freight cost spikes and port congestion",
        "Raw material price volatility", "Quality escape reaching the customer",
        "Forklift accident in the warehouse", "Write-off of obsolete stock",
        "Customs delays on imported parts", "Labour shortage during peak season",
    ),
    actions=(
        "{person} to get a confirmed ship date from the supplier by {date}",
        "Recount stock in zone A",
        "{person} to complete the 8D report for the customer complaint",
        "Request freight quotes from two more hauliers",
        "{person} to schedule preventive maintenance on the press",
        "Raise a purchase order for {item}",
        "Update the bill of materials for the new model",
        "{person} to prepare the S&OP pack by {date}",
        "Brief temporary staff on safety before their first shift",
        "{person} to review supplier scorecards with purchasing",
        "Correct the commodity codes on the export invoices",
    ),
    tools=("SAP ERP", "Microsoft Dynamics 365", "Excel", "Power BI", "Outlook", "Teams",
           "Minitab", "Manhattan WMS", "Tableau", "Oracle SCM"),
    abbreviations=("PO", "BOM", "OEE", "OTIF", "SOP", "WMS", "NCR", "8D", "MRP", "ASN"),
)

_REAL_ESTATE = Domain(
    key="real_estate",
    industry="Real Estate",
    keywords=(
        "real estate", "realtor", "estate agent", "estate agency", "letting agent", "lettings",
        "property", "properties", "immobili", "inmobiliari", "imobiliári", "makelaar",
        "vastgoed", "nieruchomoś", "emlak", "gayrimenkul", "不動産", "房地产", "地产", "物业",
        "عقار", "रियल एस्टेट", "lease", "leasing", "landlord", "tenant", "rental", "rent roll",
        "facility management", "facilities management", "mortgage broker",
        "real estate broker", "property broker", "appraiser", "chartered surveyor",
        "apartment", "condominium", "condo", "homeowners association", "hoa",
        "syndic de copropriété", "copropriété", "hausverwalt", "makler", "corretor de imóveis",
        "corretora de imóveis", "verhuur", "huurder", "inquilin", "locataire", "mieter",
        "office space", "commercial property", "retail space", "residential property",
        "service charge",
    ),
    employer_patterns=(
        "{company} Properties", "{last_name} Real Estate", "{city} Property Management",
        "{company} Estates", "{last_name} Property Services", "{company} Real Estate Investment",
        "{last_name} & Co Estate Agents",
    ),
    departments=(
        "Property Management", "Sales", "Leasing", "Asset Management", "Valuation",
        "Facilities", "Development", "Investment",
    ),
    roles=(
        ("Lettings Assistant", "junior"), ("Junior Property Manager", "junior"),
        ("Estate Agent", "mid"), ("Leasing Agent", "mid"), ("Property Manager", "mid"),
        ("Valuation Surveyor", "mid"), ("Senior Property Manager", "senior"),
        ("Asset Manager", "senior"), ("Leasing Manager", "lead"),
        ("Head of Asset Management", "lead"), ("Managing Director", "executive"),
        ("Agency Owner", "executive"),
    ),
    counterpart_kinds=(
        "tenant", "landlord", "buyer", "seller", "contractor", "notary", "mortgage lender",
        "homeowners' association",
    ),
    project_patterns=(
        "{counterpart} lease renewal", "Sale of the {city} apartment portfolio",
        "Service charge budget {year}", "Office refurbishment and re-letting {year}",
        "Rent review {quarter} {year}", "{city} retail park acquisition",
        "Energy upgrade programme {year}", "Annual owners' meeting {year}",
        "Tenant satisfaction survey {year}",
    ),
    line_items=(
        LineItem("Monthly rent (two-bedroom apartment)", "month", 700.0, 2600.0),
        LineItem("Office rent (per m2 per year)", "m2", 150.0, 650.0),
        LineItem("Service charge (per m2 per year)", "m2", 20.0, 80.0),
        LineItem("Agency commission on a sale", "sale", 3000.0, 30000.0),
        LineItem("Letting fee (one month's rent)", "letting", 600.0, 2500.0),
        LineItem("Property valuation report", "report", 300.0, 3500.0),
        LineItem("Energy performance certificate", "certificate", 80.0, 300.0),
        LineItem("Common area cleaning (monthly)", "month", 200.0, 1500.0),
        LineItem("Boiler service", "visit", 80.0, 200.0),
        LineItem("Lift maintenance contract (annual)", "contract", 1500.0, 5000.0),
        LineItem("Building insurance (annual)", "policy", 1200.0, 15000.0),
        LineItem("Listing photography and floor plan", "listing", 150.0, 600.0),
        LineItem("Property portal listing (monthly)", "listing", 30.0, 300.0),
        LineItem("Apartment repainting", "apartment", 1500.0, 5000.0),
    ),
    metrics=(
        Metric("Occupancy rate", "%", 85.0, 99.0, True),
        Metric("Rent collection rate", "%", 92.0, 100.0, True),
        Metric("Rent arrears", "EUR", 2000.0, 150000.0, False),
        Metric("Average days on market", "days", 15.0, 120.0, False),
        Metric("Average time to re-let", "days", 10.0, 90.0, False),
        Metric("Tenant satisfaction", "score", 3.0, 4.7, True),
        Metric("Open maintenance requests", "count", 5.0, 120.0, False),
        Metric("Gross rental yield", "%", 3.0, 7.5, True),
        Metric("Units under management", "count", 40.0, 1500.0, True),
        Metric("Sale price against asking price", "%", 92.0, 103.0, True),
        Metric("Service charge recovery", "%", 85.0, 99.0, True),
    ),
    doc_topics=(
        "Lease agreement - {counterpart}", "Rent roll {quarter} {year}",
        "Service charge budget {year}", "Property inspection report",
        "Arrears report {quarter} {year}", "Listing description draft", "Valuation report {year}",
        "Maintenance log {year}", "Tenant move-in checklist", "Owners' meeting minutes {year}",
        "Offer letter - {counterpart}", "Market comparables {quarter} {year}",
        "Schedule of condition", "Cost comparison - {item}",
        "Portfolio performance {quarter} {year}", "Heads of terms - {counterpart}",
    ),
    phrases=(
        "{counterpart} has given notice on the second-floor office, so we need to start marketing "
        "the space by {date}.",
        "Our {metric} across the portfolio is {value}, slightly down after two tenants left in "
        "the spring.",
        "The tenant in flat 4B reported a leak from the bathroom ceiling, and the plumber is "
        "booked for {date}.",
        "{person} is preparing next year's service charge budget, including the new lift "
        "maintenance contract.",
        "We received two offers on the townhouse, both below the asking price, and the seller "
        "wants to counter at 2% under asking.",
        "The rent review clause links the increase to the consumer price index, capped at 4% a "
        "year.",
        "Please send the schedule of condition to the new tenants before they sign the lease.",
        "The building's energy performance certificate expires on {date}, and the assessor has "
        "been booked.",
        "Arrears are concentrated in three units, and the formal reminder process has started "
        "for two of them.",
        "The valuation came in 5% above last year, mostly thanks to new leases signed at higher "
        "rents.",
        "{counterpart} wants a four-month rent-free period in exchange for a ten-year lease "
        "without a break.",
        "The owners' meeting approved the facade repairs and a special levy to pay for them.",
        "The photographer will take pictures and draw the floor plan on {date}, so the listing "
        "can go live on Friday.",
        "{person} has updated the figures for {item} in next year's budget, with a 3% increase "
        "pencilled in.",
        "Saturday's viewings for the apartment are fully booked, and two applicants have already "
        "asked for the rental application.",
        "The notary has scheduled the signing of the deed for {date}, and the buyer's mortgage "
        "offer has arrived.",
        "Maintenance requests have dropped since we replaced the old boilers in block C as part "
        "of {project}.",
        "The tenant is disputing the deduction from the deposit for the damaged kitchen worktop.",
        "Our {metric} for the retail units is {value}, and the anchor tenant's renewal will "
        "decide next year's result.",
        "Please check the applicant's references and proof of income before we confirm the let.",
        "The landlord agreed to fund the ground-floor fit-out up to a fixed contribution per "
        "square metre.",
        "Last year's service charges must be reconciled and the balancing statements sent to all "
        "tenants by {date}.",
        "The buyer's survey found damp in the cellar, and they want the price reduced by the cost "
        "of the repair.",
        "{person} will accompany the insurer's loss adjuster during the inspection after the "
        "storm damage.",
        "Asking rents in the district rose about 6% over the year, so the renewal offer to "
        "{counterpart} is slightly below market.",
        "The heads of terms are agreed, and the lawyers are now drafting the lease.",
    ),
    risks=(
        "Vacancies rising as several leases expire together",
        "Tenant insolvency leaving unpaid arrears",
        "Major repair costs on ageing building systems",
        "Falling values in a higher-rate market",
        "Non-compliance with energy efficiency rules for rentals",
        "Disputes over deposit deductions", "Sale falling through after the buyer's survey",
        "Owners' approval delaying urgent works",
    ),
    actions=(
        "{person} to book viewings for the vacant unit by {date}",
        "Send reminder letters to tenants in arrears",
        "{person} to check the budget line for {item}",
        "Renew the energy performance certificate",
        "{person} to prepare the service charge reconciliation by {date}",
        "Confirm the deed signing with the notary",
        "Check references for the new applicant",
        "{person} to draft the heads of terms for the renewal",
        "Arrange the inspection with the loss adjuster",
        "Update the rent roll with the new leases",
        "{person} to publish the listing once the photos are ready",
    ),
    tools=("Yardi Voyager", "Excel", "Outlook", "Teams", "DocuSign", "Argus Enterprise",
           "Google Maps", "Matterport"),
    abbreviations=("EPC", "HOT", "LOI", "NOI", "ERV", "SC", "CAM", "FM", "AST", "NLA"),
)

_HOSPITALITY = Domain(
    key="hospitality",
    industry="Hospitality & Events",
    keywords=(
        "hospitality", "hospitalidad", "hospitalidade", "ospitalità", "hotel", "hotelier",
        "hôtellerie", "hotelería", "hotelaria", "resort", "hostel", "guesthouse",
        "bed and breakfast", "b&b", "restaurant", "ristorant", "trattoria", "osteria",
        "pizzeria", "bistro", "brasserie", "café", "coffee shop", "cocktail bar", "wine bar",
        "bartender", "barista", "chef", "head chef", "sous-chef", "chef de cuisine",
        "pastry chef", "executive chef", "chef de partie", "cuisinier", "cocinero", "cuoco", "kok",
        "aşçı",
        "catering", "caterer", "banquet", "event", "evento", "eventi", "événement",
        "veranstaltung", "etkinlik", "wedding", "conference", "congress",
        "congrès", "kongress", "congreso", "trade fair", "trade show", "venue", "tourism",
        "touris", "turism", "turist", "turyst", "travel agency", "tour operator",
        "front office", "front desk", "housekeeping", "concierge", "revenue manager",
        "room rates", "occupancy", "f&b", "food and beverage", "sommelier", "gastronom",
        "horeca", "fast food", "bakery", "baker", "boulang", "bäcker", "panader", "padeiro",
        "padaria", "panettiere", "panificio", "pâtissier", "pastelería", "ホテル", "旅館",
        "飲食店", "レストラン", "酒店", "餐厅", "餐饮", "宾馆", "旅游", "فندق", "مطعم",
        "होटल", "रेस्तरां",
    ),
    employer_patterns=(
        "Hotel {last_name}", "{city} Grand Hotel", "{company} Hospitality Group",
        "Restaurant {last_name}", "{city} Convention Centre", "{last_name} Events",
        "{last_name} Catering", "{company} Resorts",
    ),
    departments=(
        "Front Office", "Food & Beverage", "Kitchen", "Housekeeping", "Events & Banqueting",
        "Sales & Revenue", "Guest Relations", "Operations",
    ),
    roles=(
        ("Hospitality Intern", "junior"), ("Commis Chef", "junior"), ("Receptionist", "junior"),
        ("Event Coordinator", "mid"), ("Sous Chef", "senior"), ("Revenue Manager", "senior"),
        ("Restaurant Manager", "lead"), ("Front Office Manager", "lead"),
        ("Head Chef", "lead"), ("Events Manager", "lead"), ("General Manager", "executive"),
        ("Owner", "executive"),
    ),
    counterpart_kinds=(
        "guest", "food supplier", "event client", "travel agency", "booking platform",
        "caterer", "venue", "health inspector",
    ),
    project_patterns=(
        "Spring menu {year}", "{counterpart} annual conference", "{quarter} {year} rate strategy",
        "Wedding season {year}", "Terrace reopening {city}", "Room refurbishment {year}",
        "Christmas party bookings {year}", "{city} food festival {year}",
        "Loyalty programme launch {year}",
    ),
    line_items=(
        LineItem("Double room (per night)", "night", 80.0, 350.0),
        LineItem("Day delegate package", "delegate", 45.0, 120.0),
        LineItem("Three-course set menu", "cover", 25.0, 85.0),
        LineItem("House wine (per bottle)", "bottle", 18.0, 45.0),
        LineItem("Beef tenderloin (per kg)", "kg", 35.0, 70.0),
        LineItem("Fresh fish (per kg)", "kg", 12.0, 45.0),
        LineItem("Seasonal vegetables (per crate)", "crate", 15.0, 40.0),
        LineItem("Coffee beans (per kg)", "kg", 15.0, 35.0),
        LineItem("Linen rental (per room)", "room", 3.0, 8.0),
        LineItem("Audiovisual equipment hire (per day)", "day", 250.0, 1500.0),
        LineItem("Wedding floral arrangements", "arrangement", 60.0, 400.0),
        LineItem("Temporary waiting staff (per hour)", "hour", 16.0, 30.0),
        LineItem("Booking platform commission (per booking)", "booking", 12.0, 60.0),
        LineItem("Banquet chair covers", "unit", 2.0, 6.0),
    ),
    metrics=(
        Metric("Occupancy", "%", 55.0, 92.0, True),
        Metric("Average daily rate", "EUR", 80.0, 260.0, True),
        Metric("Revenue per available room", "EUR", 50.0, 220.0, True),
        Metric("Food cost percentage", "%", 26.0, 38.0, False),
        Metric("Covers per day", "count", 40.0, 400.0, True),
        Metric("Guest review score", "score", 7.5, 9.6, True),
        Metric("Staff turnover", "%", 20.0, 70.0, False),
        Metric("Direct booking share", "%", 20.0, 60.0, True),
        Metric("No-show rate", "%", 2.0, 15.0, False),
        Metric("Average spend per cover", "EUR", 18.0, 95.0, True),
        Metric("Event enquiries converted", "%", 15.0, 50.0, True),
    ),
    doc_topics=(
        "Cost review - {item}", "Banquet event order - {counterpart}",
        "Staff rota {quarter} {year}",
        "Supplier price list {year}", "Allergen matrix", "Revenue report {quarter} {year}",
        "Event proposal - {counterpart}", "Guest feedback summary {quarter}",
        "Food safety temperature log", "Housekeeping checklist",
        "Wedding timeline - {counterpart}",
        "Rate strategy {year}", "Stock take {quarter} {year}", "Opening checklist",
        "Competitor rate check", "Function sheet - {counterpart}",
    ),
    phrases=(
        "{counterpart} confirmed 180 delegates for the conference on {date}, with a gala dinner "
        "for 140.",
        "Our {metric} last week was {value}, helped by the trade fair in town.",
        "Our cost for {item} went up again this month, so we need to review our selling prices "
        "before the summer.",
        "{person} is updating the allergen matrix for the new spring menu before it goes to "
        "print.",
        "We had two no-shows for tables of eight on Saturday night, so from next month large "
        "bookings will require a deposit.",
        "The health inspector visited on {date} and only noted that the walk-in fridge log was "
        "missing two readings.",
        "Housekeeping is short-staffed this weekend, so rooms may not be ready before 15:00.",
        "The wedding couple wants to move the ceremony outdoors, so we need a rain plan with the "
        "marquee supplier.",
        "Please make sure the banquet event order lists every dietary requirement, including the "
        "three vegan guests.",
        "{counterpart} raised its commission to 18%, so we are pushing direct bookings with a "
        "best-rate guarantee.",
        "Spending on {item} is 6% over budget this month, mostly because of the busy conference "
        "season.",
        "{person} will run the tasting of the new menu with the front-of-house team on {date}.",
        "Room rates for the festival weekend should go up once we pass 80% occupancy.",
        "A guest complained about noise from the terrace bar, so last orders outside are now at "
        "22:30.",
        "The audiovisual supplier needs the final stage layout and the speakers' slides by {date}.",
        "{metric} came in at {value} for the month, affected by the seafood specials and higher "
        "produce prices.",
        "The new reservation system goes live on {date}, and every receptionist needs to complete "
        "the training first.",
        "We reorganised the breakfast buffet to reduce waste, and the hot items are now cooked in "
        "smaller batches.",
        "{person} is negotiating a corporate rate with {counterpart} for about 400 room nights a "
        "year.",
        "Online reviews mention slow check-in at peak times, so we are adding a second "
        "receptionist from 14:00 to 18:00.",
        "Please record fridge and freezer temperatures twice a day; the logs are checked at every "
        "inspection.",
        "The seasonal staff start on {date}, and each will shadow an experienced colleague for "
        "three shifts.",
        "The Christmas party packages are selling well, and only two Friday evenings are still "
        "available.",
        "We need final guest numbers 72 hours before the event to confirm the order with the "
        "caterer.",
        "Our {metric} improved to {value} after we replaced the room photos on our website.",
        "The dishwasher broke down during Sunday lunch, and the engineer can only come on Tuesday.",
        "The budget for {project} covers new terrace furniture, heaters and two extra staff on "
        "weekends.",
    ),
    risks=(
        "Last-minute cancellation of a large event", "Food safety incident or allergen error",
        "Staff shortages in peak season", "Rising food and energy costs",
        "Negative online reviews hurting bookings", "Over-dependence on booking platforms",
        "Kitchen equipment breakdown", "Weather disrupting outdoor events",
        "Overbooking in high-demand periods",
    ),
    actions=(
        "{person} to confirm final guest numbers with the client by {date}",
        "Check the supplier invoices for {item}",
        "{person} to update the allergen matrix",
        "Book the refrigeration engineer",
        "{person} to publish the new rates for the festival weekend",
        "Send the banquet event order to the kitchen",
        "{person} to brief seasonal staff on food safety by {date}",
        "Reply to the latest online reviews",
        "Confirm the rain plan with the marquee supplier",
        "{person} to confirm numbers for {item} for the weekend",
        "Check the fridge temperature logs daily",
    ),
    tools=("Opera PMS", "Mews", "OpenTable", "Excel", "Outlook", "WhatsApp", "Lightspeed POS",
           "Canva", "Google Sheets", "Cvent"),
    abbreviations=("BEO", "ADR", "RevPAR", "FB", "OTA", "PAX", "POS", "HACCP", "GM", "DDR"),
)

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

_GOVERNMENT = Domain(
    key="government",
    industry="Government & Public Administration",
    keywords=(
        "government", "civil servant", "civil service", "public sector",
        "public administration", "public service", "public policy", "municipal", "municipio",
        "comune di", "gemeente", "gemeinde", "mairie", "hôtel de ville",
        "city hall", "town hall", "city council", "county council", "council",
        "ayuntamiento", "prefeitura", "rathaus", "stadtverwaltung", "urząd", "urzęd",
        "belediye", "valilik", "kaymakamlık", "ministry", "ministère", "ministerio",
        "ministero", "ministerium", "bundesministerium", "bundesamt", "landesamt", "behörde",
        "landratsamt", "ministerie", "ministerstw", "bakanlık", "federal agency",
        "government agency", "regulatory agency", "regulatory authority", "policy officer",
        "policy advisor", "policy adviser", "policy analyst", "préfecture", "collectivité",
        "fonction publique", "territorial", "administration publique", "öffentlicher dienst",
        "öffentliche verwaltung", "beamt", "funcionari", "servidor público",
        "servidora pública", "funzionari", "ambtenaar", "memur", "public procurement",
        "marchés publics", "contratación pública", "social services", "public health",
        "parliament", "parlement", "parlamento", "bundestag", "legislat", "senate",
        "congressional", "mayor's office", "office of the mayor", "embassy", "consulate",
        "diplomat", "foreign service", "federal", "state agency", "tax office",
        "tax authority", "customs authority", "public records", "citizen services", "公務員",
        "市役所", "役所", "政府", "公务员", "市政府", "区政府", "وزارة", "حكوم", "بلدية",
        "سياسات", "सरकार", "मंत्रालय", "नगर निगम",
    ),
    employer_patterns=(
        "City of {city}", "{city} City Council", "Ministry of Economic Affairs",
        "Ministry of Transport", "{city} Regional Authority", "{city} Tax Office",
        "Department of Public Works, {city}", "{city} Municipal Services",
    ),
    departments=(
        "Planning & Permits", "Public Works", "Finance & Budget", "Social Services",
        "Policy Unit", "Procurement", "Citizen Services", "Environment", "Legal Affairs",
        "Digital Services",
    ),
    roles=(
        ("Administrative Trainee", "junior"), ("Clerk", "junior"), ("Case Officer", "mid"),
        ("Policy Officer", "mid"), ("Procurement Officer", "mid"), ("Planning Officer", "mid"),
        ("Budget Analyst", "mid"), ("Senior Policy Advisor", "senior"),
        ("Programme Manager", "lead"), ("Head of Unit", "lead"),
        ("Department Director", "executive"), ("Deputy Director-General", "executive"),
    ),
    counterpart_kinds=(
        "citizen", "contractor", "ministry", "municipality", "audit office", "elected official",
        "community association", "union",
    ),
    project_patterns=(
        "Budget {year}", "Digital permits portal {year}",
        "Public consultation on the {city} mobility plan", "Road maintenance framework {year}",
        "Tender for {item} {year}", "{quarter} {year} council report",
        "Housing strategy {city} {year}", "Climate adaptation plan {year}",
        "Agreement with {counterpart}",
    ),
    line_items=(
        LineItem("LED street lamp replacement", "lamp", 250.0, 900.0),
        LineItem("Road resurfacing (per m2)", "m2", 15.0, 45.0),
        LineItem("Waste collection (per household per year)", "household", 60.0, 180.0),
        LineItem("Public consultation event", "event", 500.0, 5000.0),
        LineItem("Translation of official documents (per page)", "page", 20.0, 60.0),
        LineItem("Case management software (per user)", "licence", 200.0, 900.0),
        LineItem("Temporary staff (per day)", "day", 150.0, 350.0),
        LineItem("Park maintenance (per hectare per year)", "hectare", 3000.0, 12000.0),
        LineItem("School meal subsidy (per pupil per day)", "meal", 1.0, 4.0),
        LineItem("Bus shelters", "unit", 5000.0, 15000.0),
        LineItem("External consultancy study", "study", 15000.0, 80000.0),
        LineItem("Social housing unit renovation", "unit", 15000.0, 60000.0),
        LineItem("Postage for official letters", "letter", 0.8, 2.0),
        LineItem("Security guard service (per hour)", "hour", 20.0, 40.0),
    ),
    metrics=(
        Metric("Permit applications processed", "count", 80.0, 2500.0, True),
        Metric("Average processing time", "days", 10.0, 90.0, False),
        Metric("Budget execution rate", "%", 60.0, 100.0, True),
        Metric("Citizen satisfaction", "score", 2.8, 4.5, True),
        Metric("Complaints received", "count", 10.0, 400.0, False),
        Metric("Information requests answered on time", "%", 70.0, 100.0, True),
        Metric("Online service take-up", "%", 25.0, 85.0, True),
        Metric("Staff vacancy rate", "%", 3.0, 18.0, False),
        Metric("Procurement savings", "EUR", 20000.0, 2000000.0, True),
        Metric("Backlog of open cases", "count", 20.0, 1500.0, False),
    ),
    doc_topics=(
        "Briefing note for the minister", "Council report - {item}", "Budget proposal {year}",
        "Public consultation summary", "Policy options paper", "Procurement notice - {item}",
        "Committee meeting minutes {quarter} {year}",
        "Service performance report {quarter} {year}",
        "Memorandum of understanding - {counterpart}", "Answer to a parliamentary question",
        "Risk register {year}", "Impact assessment", "Permit decision template",
        "Press statement draft", "Internal audit follow-up {year}", "Stakeholder map",
    ),
    phrases=(
        "The briefing note for the minister is due on {date} and must fit on two pages, with the "
        "options and a recommendation.",
        "Our {metric} for the quarter is {value}, within the target set in the service plan.",
        "The public consultation received 1,340 responses, and most concerns are about parking "
        "and bus frequency.",
        "{person} is drafting the procurement notice for {item}, which will be published on the "
        "national tender portal.",
        "The council committee meets on {date}, and reports must reach the clerk ten working "
        "days before.",
        "The audit office asked for evidence that grant recipients were selected according to "
        "the published criteria.",
        "Please use the plain-language template for all letters to citizens and put the legal "
        "wording in the annex.",
        "{counterpart} has asked for a meeting about the delays in paying the regional subsidy.",
        "Next year's budget assumes a 2% increase in staff costs after the national pay "
        "agreement.",
        "The new online permits portal halved the number of paper applications in its first "
        "three months.",
        "{person} will answer the parliamentary question on waste collection with figures from "
        "the operations team.",
        "The legal service confirmed that the decision must be notified to the applicant within "
        "60 days.",
        "The regulation needs an impact assessment before it can go to the inter-ministerial "
        "committee.",
        "Spending on {item} is above forecast because of the emergency repairs after the storm.",
        "The mayor's office wants a short note on options for extending the pedestrian zone "
        "before {date}.",
        "Freedom of information requests are increasing, and two of them are complex enough to "
        "need legal review.",
        "Our {metric} has improved to {value} since the citizen service desk started offering "
        "appointments.",
        "Please do not share the draft policy outside the department until the director has "
        "cleared it.",
        "The street cleaning contract with {counterpart} ends next year, so the options appraisal "
        "must start now.",
        "Staff shortages in the permits team have created a backlog of about 400 applications.",
        "{person} represented the department at the working group on the national housing "
        "strategy.",
        "The press office needs a holding statement in case journalists ask about the delayed "
        "school renovation.",
        "The risk register was updated after the cyber incident at a neighbouring municipality.",
        "All procurement above the legal threshold must go through an open procedure, without "
        "exception.",
        "The pilot for {project} will run in two districts before a decision on a citywide "
        "rollout.",
        "Elected members asked for a breakdown of the budget by neighbourhood, which we will "
        "provide by {date}.",
    ),
    risks=(
        "Legal challenge to a procurement or permit decision",
        "Budget cuts from central government", "Backlog of citizen applications",
        "Political change altering priorities", "Breach of citizens' personal data",
        "Negative media coverage of a delayed project", "Staff shortages in key services",
        "Findings by the audit office", "Contractor failure on a public works contract",
    ),
    actions=(
        "{person} to draft the briefing note by {date}",
        "Publish the procurement notice for {item}",
        "{person} to prepare the committee report",
        "Answer the information request within the legal deadline",
        "{person} to update the risk register by {date}",
        "Send the consultation summary to elected members",
        "Check the legal basis of the decision with the legal service",
        "{person} to compile the quarterly performance figures",
        "Schedule the stakeholder meeting for {date}",
        "{person} to review the backlog of permit applications",
        "Clear the press statement with the director",
    ),
    tools=("Word", "Excel", "Outlook", "Teams", "SharePoint", "SAP", "ArcGIS", "Power BI",
           "Adobe Acrobat"),
    abbreviations=("FOI", "MOU", "PQ", "RIA", "KPI", "SLA", "GIS", "PMO", "DG", "CAB"),
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

_AGRICULTURE = Domain(
    key="agriculture",
    industry="Agriculture & Food",
    keywords=(
        "farm", "agricult", "agricol", "agrar", "landwirt", "landbouw", "boer", "rolnik",
        "rolnic", "tarım", "çiftçi", "çiftlik", "農業", "農家", "農場", "农业", "农场", "农民",
        "茶园", "种植", "养殖", "有机", "采摘", "زراع", "مزرعة", "किसान", "कृषि", "खेती",
        "agronom", "viticult", "vineyard", "winery", "vigneron", "winzer", "weingut",
        "bodega", "vinícola", "dairy", "herd", "livestock", "cattle", "poultry", "pig farm",
        "crop", "harvest", "irriga", "riego", "plaga", "fertiliser", "fertilizer",
        "agrochemical", "grower", "smallholder", "agricultural cooperative",
        "coopérative agricole", "cocoa", "cacao", "coffee", "caficult", "cafetal",
        "tea estate", "tea garden", "plantation", "planting", "orchard", "greenhouse",
        "horticult", "fisheries", "fishery", "aquacult", "food processing", "food safety",
        "haccp", "food technolog", "food science", "food production", "food industry",
        "agri-food", "agroaliment", "agribusiness", "lebensmittel", "alimentaire", "alimentos",
        "alimentare", "veterinar", "vétérinaire", "tierarzt", "agritech", "agtech",
        "olive oil", "olive grove", "grain", "wheat", "maize", "soybean", "sugarcane",
        "sugar cane", "apicult", "beekeep", "tree surgeon", "plant breeder", "ranch", "fazenda",
        "granja", "finca", "cosecha",
        "colheita", "vendange", "vendimia", "ernte", "viñedo", "vignoble", "seeds",
    ),
    employer_patterns=(
        "{last_name} Farm", "{city} Agricultural Cooperative", "{company} Agri",
        "{last_name} Vineyards", "{company} Foods", "{last_name} Dairy", "{last_name} Estate",
        "{company} Fresh Produce",
    ),
    departments=(
        "Farm Operations", "Agronomy", "Quality & Food Safety", "Procurement", "Livestock",
        "Processing", "Sales & Export", "Cooperative Administration",
    ),
    roles=(
        ("Farm Apprentice", "junior"), ("Farm Worker", "junior"), ("Field Technician", "mid"),
        ("Agronomist", "mid"), ("Food Safety Officer", "mid"), ("Herd Manager", "senior"),
        ("Winemaker", "senior"), ("Quality Assurance Manager", "lead"),
        ("Farm Manager", "lead"), ("Cooperative Manager", "lead"),
        ("Farm Owner", "executive"), ("Operations Director", "executive"),
    ),
    counterpart_kinds=(
        "buyer", "cooperative", "input supplier", "certification body", "food processor",
        "exporter", "veterinarian", "agricultural agency",
    ),
    project_patterns=(
        "Harvest {year}", "Organic conversion {year}", "Irrigation upgrade {city}",
        "{counterpart} supply contract {year}", "Spring planting plan {year}",
        "HACCP audit {quarter} {year}", "Herd health programme {year}",
        "Export shipment to {counterpart}", "Subsidy application {year}",
    ),
    line_items=(
        LineItem("Nitrogen fertiliser (per tonne)", "tonne", 350.0, 900.0),
        LineItem("Certified seed (per 50 kg bag)", "bag", 40.0, 150.0),
        LineItem("Crop protection product (per litre)", "litre", 8.0, 60.0),
        LineItem("Tractor diesel (per litre)", "litre", 0.9, 1.8),
        LineItem("Cattle feed concentrate (per tonne)", "tonne", 280.0, 450.0),
        LineItem("Veterinary visit", "visit", 60.0, 250.0),
        LineItem("Raw milk (per litre)", "litre", 0.35, 0.6),
        LineItem("Seasonal harvest worker (per day)", "day", 60.0, 140.0),
        LineItem("Drip irrigation tubing (per 100 m)", "roll", 30.0, 90.0),
        LineItem("Green coffee (per kg)", "kg", 3.0, 8.0),
        LineItem("Wine bottles (per pallet)", "pallet", 400.0, 900.0),
        LineItem("Soil analysis", "sample", 25.0, 80.0),
        LineItem("Cold storage (per pallet per week)", "pallet", 5.0, 15.0),
        LineItem("Organic certification audit", "audit", 500.0, 2500.0),
        LineItem("Tractor service", "service", 300.0, 1500.0),
    ),
    metrics=(
        Metric("Yield against the five-year average", "%", 80.0, 120.0, True),
        Metric("Input cost per hectare", "EUR", 300.0, 1800.0, False),
        Metric("Product rejected at intake", "%", 0.5, 8.0, False),
        Metric("Food safety audit score", "score", 80.0, 99.0, True),
        Metric("Irrigation water saved", "%", 5.0, 35.0, True),
        Metric("Animal mortality rate", "%", 1.0, 6.0, False),
        Metric("Harvest completed", "%", 10.0, 100.0, True),
        Metric("Days of feed in stock", "days", 10.0, 90.0, True),
        Metric("Members supplying the cooperative", "count", 40.0, 1200.0, True),
        Metric("Export shipments on time", "%", 75.0, 98.0, True),
        Metric("Gross margin per hectare", "EUR", 200.0, 3000.0, True),
        Metric("Labour hours per hectare", "hours", 8.0, 120.0, False),
    ),
    doc_topics=(
        "Field records {year}", "Spraying log {year}", "Harvest plan {year}", "HACCP plan",
        "Price history - {item}", "Herd health record {year}", "Soil analysis results",
        "Irrigation schedule {quarter} {year}", "Batch traceability report",
        "Subsidy application {year}",
        "Price agreement - {counterpart}", "Cooperative members' meeting minutes",
        "Quality complaint - {counterpart}", "Input budget {year}",
        "Weather and yield notes {year}",
        "Export documents - {counterpart}",
    ),
    phrases=(
        "We started harvesting the north fields on {date}; moisture is still a bit high, so the "
        "grain goes straight to the dryer.",
        "Our {metric} this season is {value}, despite the dry spell in June.",
        "{counterpart} wants to fix the price for next season's volume now, but the futures "
        "market suggests waiting a few weeks.",
        "{person} records every spray application in the field log, with product, dose and "
        "weather conditions.",
        "The cost of {item} has almost doubled in two years, so we are looking hard at how much "
        "we really need.",
        "The certification body will carry out the organic inspection on {date}, so every input "
        "receipt needs to be filed.",
        "The vet confirmed that the lameness in the herd is linked to the wet yard, so we are "
        "adding bedding and fixing the drainage.",
        "Rain is forecast for the weekend, so we will bring the hay in on Friday even if it is "
        "not fully dry.",
        "Every pallet must carry its batch number so we can trace it back to the field.",
        "The cooperative paid members an advance on {date}, and the final price depends on the "
        "quality tests.",
        "{person} is applying for the drip irrigation subsidy before the deadline at the end of "
        "the month.",
        "The soil analysis shows low potassium in the lower fields, so the agronomist recommends "
        "a corrective dose this autumn.",
        "The buyer rejected a load because of temperature abuse in transport, and we are "
        "disputing it with the haulier.",
        "The seasonal workers arrive next week, and their accommodation has passed inspection.",
        "Our {metric} fell to {value} after the hailstorm damaged the orchards in the east valley.",
        "The food safety audit found one minor non-conformity: the pest control map was out of "
        "date.",
        "We are trialling cover crops on three fields to improve soil structure and reduce "
        "erosion.",
        "{counterpart} confirmed the container booking for the coffee shipment, departing on "
        "{date}.",
        "The dairy is cutting the milk price by a cent per litre next month, which hits our "
        "margin directly.",
        "The new storage shed built under {project} will let us sell later in the season, when "
        "prices are usually higher.",
        "{person} will chair the members' meeting that votes on the shared packing line.",
        "Please record calving dates and weights in the herd software on the same day.",
        "Grapes in the southern plots reached the target sugar level, and picking starts there on "
        "Monday.",
        "Under the new water restrictions, irrigation is limited to night hours, so the schedule "
        "has changed.",
        "The traceability exercise located every lot from the suspect batch in under two hours.",
        "Fuel and fertiliser make up almost half of this year's input budget.",
    ),
    risks=(
        "Drought or extreme weather reducing yields", "Animal disease outbreak",
        "Sharp fall in market prices", "Rising fertiliser and fuel costs",
        "Product recall after contamination", "Shortage of seasonal labour",
        "Loss of organic or quality certification", "Water restrictions in the growing season",
        "Buyer rejecting deliveries on quality grounds",
    ),
    actions=(
        "{person} to update the spraying log by {date}",
        "Book the vet for the herd health visit",
        "{person} to send soil samples to the lab",
        "Get a second quote for {item} before the price rise",
        "{person} to file the subsidy application by {date}",
        "Check grain moisture before harvesting the south fields",
        "Confirm the container booking with the exporter",
        "{person} to prepare the documents for the organic inspection",
        "Repair the drainage in the cattle yard",
        "{person} to agree the delivery schedule with the buyer",
        "Label every pallet with its batch number",
    ),
    tools=("Excel", "Google Sheets", "WhatsApp", "Outlook", "QuickBooks",
           "John Deere Operations Center", "Agworld", "Herdwatch"),
    abbreviations=("HACCP", "GAP", "NPK", "DM", "SOP", "COA", "FOB", "LOT", "CAP", "MRL"),
)

_RETAIL = Domain(
    key="retail",
    industry="Retail & E-commerce",
    keywords=(
        "retail", "store manager", "shop", "onlineshop", "online shop", "online store",
        "webshop", "e-shop", "e-commerce", "ecommerce", "e-tail", "supermark", "supermarché",
        "supermercado", "supermercato", "grocer", "hypermarket", "hypermarché", "marketplace",
        "merchandis", "category manager", "category management", "assortment", "fashion buyer",
        "fashion", "apparel", "footwear", "store", "shrinkage", "point of sale", "pos",
        "cashier", "checkout", "franchise", "einzelhandel", "onlinehandel", "versandhandel",
        "commerce de détail", "grande distribution", "magasin", "comercio minorista",
        "centro comercial", "tienda", "loja", "negozio", "winkel", "sklep", "mağaza",
        "perakende", "小売", "店長", "零售", "电商", "门店", "网店", "تجزئة", "متجر", "खुदरा",
        "दुकान", "retour", "omnichannel", "d2c", "dtc", "direct-to-consumer", "dropshipping",
        "shopkeeper", "bookshop", "bookstore", "convenience store", "department store",
        "sales floor", "chef de rayon", "einkaufszentrum", "buyer",
    ),
    employer_patterns=(
        "{company} Stores", "{company} Supermarkets", "{last_name} Fashion", "{company} Online",
        "{last_name} Books", "{city} Home & Garden", "{company} Retail Group",
    ),
    departments=(
        "Store Operations", "Buying", "Merchandising", "E-commerce", "Customer Service",
        "Visual Merchandising", "Loss Prevention", "Supply & Replenishment",
    ),
    roles=(
        ("Sales Assistant", "junior"), ("Cashier", "junior"), ("E-commerce Assistant", "junior"),
        ("Visual Merchandiser", "mid"), ("Assistant Store Manager", "mid"), ("Buyer", "mid"),
        ("Category Manager", "senior"), ("E-commerce Manager", "lead"),
        ("Store Manager", "lead"), ("Area Manager", "lead"), ("Head of Retail", "executive"),
        ("Shop Owner", "executive"),
    ),
    counterpart_kinds=(
        "supplier", "brand", "customer", "logistics provider", "marketplace", "landlord",
        "payment provider",
    ),
    project_patterns=(
        "Christmas season {year}", "{quarter} {year} range review", "Store refit {city}",
        "Webshop relaunch {year}", "Loyalty programme {year}", "Shrinkage reduction {quarter}",
        "{counterpart} range listing", "Summer sale {year}", "Click-and-collect rollout {city}",
    ),
    line_items=(
        LineItem("Cotton T-shirts (wholesale)", "unit", 3.0, 12.0),
        LineItem("Running shoes (wholesale)", "pair", 25.0, 70.0),
        LineItem("Bicycle light sets", "set", 8.0, 30.0),
        LineItem("Own-brand olive oil (1 litre)", "bottle", 4.0, 9.0),
        LineItem("Denim jeans (wholesale)", "unit", 12.0, 35.0),
        LineItem("Garden chairs (wholesale)", "unit", 15.0, 45.0),
        LineItem("Insulated water bottles (wholesale)", "unit", 3.0, 9.0),
        LineItem("Scented candles (wholesale)", "unit", 2.0, 8.0),
        LineItem("Children's picture books (wholesale)", "unit", 3.0, 9.0),
        LineItem("Wireless headphones (wholesale)", "unit", 12.0, 45.0),
        LineItem("Ground coffee (250 g, wholesale)", "pack", 2.0, 5.0),
        LineItem("Shopping bags (pack of 500)", "pack", 30.0, 90.0),
        LineItem("Small shipping boxes", "unit", 0.3, 1.2),
        LineItem("Point-of-sale display units", "unit", 150.0, 1200.0),
    ),
    metrics=(
        Metric("Like-for-like sales growth", "%", -4.0, 12.0, True),
        Metric("Average basket value", "EUR", 12.0, 120.0, True),
        Metric("Conversion rate", "%", 1.0, 35.0, True),
        Metric("Shrinkage", "%", 0.5, 3.0, False),
        Metric("Return rate", "%", 5.0, 35.0, False),
        Metric("Stock availability", "%", 88.0, 99.0, True),
        Metric("Sales per labour hour", "EUR", 60.0, 250.0, True),
        Metric("Gross margin", "%", 25.0, 60.0, True),
        Metric("Net promoter score", "score", 10.0, 65.0, True),
        Metric("Orders shipped the same day", "%", 70.0, 98.0, True),
        Metric("Days of stock cover", "days", 20.0, 90.0, False),
        Metric("Footfall", "count", 1500.0, 60000.0, True),
    ),
    doc_topics=(
        "Weekly sales report {quarter} {year}", "Range review - {item}",
        "Staff rota {quarter} {year}", "Planogram - {item}", "Promotion calendar {year}",
        "Stock take {quarter} {year}", "Supplier negotiation - {counterpart}",
        "Store visit checklist", "Shrinkage report {quarter}", "Webshop product descriptions",
        "Returns analysis {quarter} {year}", "Open-to-buy plan {year}", "Customer complaint log",
        "Christmas trading plan {year}", "Markdown plan {quarter}", "Opening hours notice",
    ),
    phrases=(
        "Sales last week were 6% above plan, mostly thanks to the warm weather and the garden "
        "furniture promotion.",
        "Our {metric} for the month is {value}, and the area manager wants an action plan for the "
        "weaker categories.",
        "{counterpart} can only deliver half of the {item} we ordered before the weekend, so the "
        "promotion moves by a week.",
        "{person} is resetting the front tables to the new planogram before we open on {date}.",
        "Online returns are high for shoes, mostly because of sizing, so we are adding a size "
        "guide to every product page.",
        "Please count the high-value items in the stockroom every Monday; shrinkage on "
        "electronics has doubled.",
        "The Christmas rota is published, and holiday requests for December are now closed.",
        "The open-to-buy for next season is 8% lower than last year, so we need to cut the "
        "slow-selling lines.",
        "{person} will meet the buyer from {counterpart} on {date} to negotiate listing fees for "
        "the new range.",
        "The marketplace changed its commission structure, which makes small orders of {item} "
        "unprofitable.",
        "Customers keep asking for click-and-collect, and the pilot in two stores has been "
        "popular.",
        "Markdowns on summer stock start on {date}: 30% first, then 50% after two weeks.",
        "The fitting rooms need a member of staff at all times on Saturdays to reduce theft.",
        "Our {metric} rose to {value} after we moved the bakery to the front of the store.",
        "The supplier's price increase on {item} is 9%, and we will pass on about half of it to "
        "customers.",
        "Please check that every online order is packed with an invoice and a returns label.",
        "The loyalty app has 14,000 active members, and they spend almost twice as much as other "
        "customers.",
        "Availability on the top hundred lines fell below target because of a warehouse system "
        "outage.",
        "{person} has prepared the weekly sales report, with the comparison to last year by "
        "category.",
        "The landlord confirmed that the shopping centre will extend its opening hours in "
        "December.",
        "We are testing self-checkouts in the express area to shorten lunchtime queues.",
        "The new product pages for {project} need photos from every angle and the material "
        "composition.",
        "Card payment fees went up, so we are reviewing the minimum amount for card payments.",
        "{counterpart} offered extra marketing support if their brand gets an end-of-aisle display "
        "for a month.",
        "Seasonal staff start on {date} and will be trained on the tills and the returns process "
        "first.",
        "Webshop conversion dropped after the checkout update, and the developers are checking "
        "the payment step.",
    ),
    risks=(
        "Stock-outs on best-selling lines in peak season", "Rising shrinkage and organised theft",
        "Markdowns eroding margin", "High online return rates", "Supplier delivery failures",
        "Staff shortages at weekends and holidays", "Payment system outage at the tills",
        "Falling footfall on the high street", "Marketplace policy changes hurting sales",
    ),
    actions=(
        "{person} to reset the promotion tables by {date}",
        "Count the high-value items in the stockroom",
        "{person} to negotiate listing fees with the supplier",
        "Add the size guide to the webshop",
        "{person} to publish next month's rota by {date}",
        "Order more {item} for the weekend",
        "Prepare the markdown plan for summer stock",
        "{person} to train seasonal staff on the tills",
        "Review last quarter's return reasons",
        "{person} to send the weekly sales report",
        "Check the payment terminals before opening",
    ),
    tools=("Shopify", "Lightspeed", "SAP Retail", "Excel", "Google Analytics", "Outlook",
           "WhatsApp", "Power BI", "Zendesk", "Teams"),
    abbreviations=("LFL", "POS", "SKU", "OTB", "NPS", "ATV", "KPI", "VM", "WK", "PLU"),
)

DOMAINS: tuple[Domain, ...] = (
    # Ties go to the earlier entry, so functions found in every industry come first (a lawyer
    # at a bank is a lawyer, an accountant at a hospital an accountant), then teaching, then
    # supply chain before hospital procurement (a plain "purchasing manager" is not assumed to
    # work in a hospital), then the industries.
    _LEGAL,
    _FINANCE,
    _HR,
    _MARKETING,
    _SALES,
    _DATA_SCIENCE,
    _SOFTWARE,
    _EDUCATION,
    _MANUFACTURING,
    _HEALTHCARE_PROCUREMENT,
    _NURSING,
    _BANKING,
    _CONSTRUCTION,
    _ARCHITECTURE,
    _REAL_ESTATE,
    _HOSPITALITY,
    _NONPROFIT,
    _GOVERNMENT,
    _JOURNALISM,
    _AGRICULTURE,
    _RETAIL,
)

GENERAL: Domain = Domain(
    key="general",
    industry="Professional Services",
    keywords=("office", "administrative", "assistant", "secretary", "receptionist"),
    employer_patterns=(
        "{company}", "{company} Group", "{last_name} & Partners", "{company} Services",
        "{city} Business Centre",
    ),
    departments=(
        "Administration", "Operations", "Office Management", "Customer Service", "Facilities",
        "General Management",
    ),
    roles=(
        ("Office Assistant", "junior"), ("Receptionist", "junior"),
        ("Administrative Coordinator", "mid"), ("Executive Assistant", "mid"),
        ("Operations Coordinator", "mid"), ("Senior Project Coordinator", "senior"),
        ("Office Manager", "lead"), ("Operations Manager", "lead"),
        ("General Manager", "executive"),
    ),
    counterpart_kinds=("client", "supplier", "partner", "service provider", "landlord"),
    project_patterns=(
        "Office move {year}", "{quarter} {year} operations review",
        "Supplier review with {counterpart}", "New filing system {year}",
        "{city} office refresh", "Process improvement {year}", "Annual planning {year}",
        "Replacement of {item} {year}",
    ),
    line_items=(
        LineItem("Copy paper (box of 5 reams)", "box", 18.0, 35.0),
        LineItem("Printer toner cartridges", "unit", 40.0, 150.0),
        LineItem("Office chairs", "unit", 150.0, 600.0),
        LineItem("Laptops", "unit", 700.0, 1800.0),
        LineItem("Desk lamps", "unit", 25.0, 90.0),
        LineItem("Monitors (27-inch)", "unit", 150.0, 400.0),
        LineItem("Headsets", "unit", 40.0, 200.0),
        LineItem("Whiteboard markers (box of 12)", "box", 8.0, 20.0),
        LineItem("Notebooks (pack of 10)", "pack", 10.0, 30.0),
        LineItem("Coffee capsules (box of 100)", "box", 25.0, 45.0),
        LineItem("Filing cabinets", "unit", 120.0, 400.0),
        LineItem("Standing desks", "unit", 350.0, 900.0),
        LineItem("Paper shredders", "unit", 80.0, 350.0),
        LineItem("Laptop docking stations", "unit", 120.0, 300.0),
    ),
    metrics=(
        Metric("Requests handled", "count", 50.0, 900.0, True),
        Metric("Average response time", "hours", 1.0, 48.0, False),
        Metric("Office running costs", "EUR", 5000.0, 150000.0, False),
        Metric("Meeting room utilisation", "%", 30.0, 85.0, True),
        Metric("Invoices paid on time", "%", 80.0, 99.0, True),
        Metric("Open supplier issues", "count", 0.0, 25.0, False),
        Metric("Satisfaction with office services", "score", 3.0, 4.7, True),
        Metric("Tasks completed on schedule", "%", 70.0, 98.0, True),
    ),
    doc_topics=(
        "Meeting minutes {quarter} {year}", "Office budget {year}", "Supplier contact list",
        "Team calendar {year}", "Travel policy {year}", "Purchase request - {item}",
        "Onboarding checklist", "Weekly to-do list", "Contract summary - {counterpart}",
        "Office equipment inventory {year}", "Process manual", "Status update {quarter} {year}",
        "Holiday planner {year}", "Visitor log", "Expense report {quarter} {year}",
    ),
    phrases=(
        "The contract with {counterpart} renews automatically on {date} unless we give notice "
        "before then.",
        "Our {metric} this month is {value}, roughly in line with the last quarter.",
        "{person} is collecting quotes for new {item} from three suppliers.",
        "Please book meeting rooms through the shared calendar rather than by email.",
        "The office will be closed on {date} for the electrical safety inspection.",
        "I have updated the supplier contact list with the new account managers.",
        "{person} will coordinate the move of the archive boxes to the second floor.",
        "Expense claims submitted after the 25th are paid with the following month's salary.",
        "The new filing structure is in place; please save documents in the project folders, "
        "not on the desktop.",
        "{counterpart} confirmed the delivery of the {item} for {date}.",
        "The printer on the third floor is out of order, and the technician is coming tomorrow.",
        "Please send me your holiday dates for the summer by {date} so the planner can be "
        "finalised.",
        "Our {metric} improved to {value} after we introduced the shared request form.",
        "The budget for {project} has been approved, with a small reserve for unexpected costs.",
        "{person} will welcome the visitors at reception and prepare their badges.",
        "The cleaning company will change its schedule to evenings from next week.",
        "I have attached the minutes of Monday's meeting, with the action points highlighted.",
        "The travel policy now requires approval for any trip booked less than a week ahead.",
        "{counterpart} has raised its prices by 5%, so I am checking whether other suppliers are "
        "cheaper.",
        "Please return the borrowed laptops to the IT cupboard and sign them back in.",
        "The fire drill is planned for {date}, and the floor wardens will brief their teams.",
        "We are ordering more {item}, as the stock in the supply room is almost gone.",
        "{person} is preparing the status update on {project} for the management team.",
        "The insurance certificate for the office was renewed and is saved in the admin folder.",
        "New starters need their access badge requested at least three days in advance.",
        "The coffee machine contract ends on {date}, and we will compare two offers before "
        "renewing.",
    ),
    risks=(
        "Supplier contract renewing automatically at a higher price",
        "Key administrative knowledge held by one person", "Office equipment failures",
        "Missed deadlines from unclear task ownership", "Overspending on office costs",
        "Lost documents from inconsistent filing",
        "Health and safety non-compliance in the office",
        "Delays in onboarding new starters",
    ),
    actions=(
        "{person} to collect three quotes for {item} by {date}",
        "Send the meeting minutes to all attendees",
        "{person} to update the supplier contact list",
        "Book the meeting room for {date}",
        "{person} to order more {item}",
        "Renew the office insurance certificate",
        "{person} to finalise the holiday planner by {date}",
        "Check the contract renewal dates for all suppliers",
        "Archive last year's files in the shared drive",
        "{person} to prepare the status update by {date}",
        "Request access badges for the new starters",
    ),
    tools=("Word", "Excel", "Outlook", "Teams", "PowerPoint", "SharePoint", "OneDrive",
           "Adobe Acrobat"),
    abbreviations=("PO", "MoM", "ETA", "FYI", "KPI", "TBC", "EOD", "Q", "HR", "IT"),
)

# Longer phrases that contain a domain keyword but mean something else ("chef de projet" is a
# project manager, not a cook). They win the longest-match rule and count for no domain.
_SHADOWS: tuple[str, ...] = (
    "chef de", "chef d'", "chef du", "chef des", "chef adjoint", "cheffe de", "cheffe d'",
    "cheffe du", "data entry", "audition", "auditorium", "condolence", "eventual", "granted",
    "storey", "warden", "air traffic controller",
)

_LATIN = re.compile(r"[\x00-\u024f]*")
_DASHES = re.compile(r"[-\u2010-\u2015_]+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'"})


def _fold(text: str) -> str:
    """Text as keywords are matched: case-folded, accents stripped (NFKD), dashes as spaces.

    ``_fold("L'Hôpital Saint-Étienne")`` is ``"l'hopital saint etienne"``.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_QUOTES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_DASHES.sub(" ", stripped).split())


@lru_cache(maxsize=8192)
def _pattern(keyword: str) -> re.Pattern[str]:
    """How a folded keyword is found in folded text.

    Latin-script keywords must start a word and work as stems ("agricult" finds "agricultural");
    keywords of three characters or fewer must be whole words ("hr", "ngo", "cfo"). Keywords in
    other scripts (Chinese, Japanese, Arabic, Devanagari...) match anywhere, since those
    scripts do not separate words the way Latin text does.
    """
    escaped = re.escape(keyword)
    if not _LATIN.fullmatch(keyword):
        return re.compile(escaped)
    if len(keyword) <= 3:
        return re.compile(rf"(?<!\w){escaped}(?!\w)")
    return re.compile(rf"(?<!\w){escaped}")


@lru_cache(maxsize=256)
def _folded(keywords: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({_fold(keyword) for keyword in keywords} - {""}))


def _hits(text: str, groups: Sequence[tuple[str, ...]]) -> list[set[str]]:
    """The keywords of each group found in ``text``, longest match first.

    Where keywords of any group start at the same place, only the longest counts: "hospitality"
    hides "hospital", "tax lawyer" hides "tax". A keyword counts once however often it occurs.
    """
    folded = _fold(text)
    found: list[tuple[int, int, int, str]] = []
    longest: dict[int, int] = {}
    for index, keywords in enumerate(groups):
        for keyword in _folded(keywords):
            for match in _pattern(keyword).finditer(folded):
                start, length = match.start(), match.end() - match.start()
                found.append((index, start, length, keyword))
                longest[start] = max(longest.get(start, 0), length)
    hits: list[set[str]] = [set() for _ in groups]
    for index, start, length, keyword in found:
        if length == longest[start]:
            hits[index].add(keyword)
    return hits


def _domain_scores(persona: str) -> dict[str, int]:
    """How many distinct keywords of each domain the persona contains, by domain key."""
    groups = [domain.keywords for domain in DOMAINS] + [_SHADOWS]
    hits = _hits(persona, groups)
    return {domain.key: len(found) for domain, found in zip(DOMAINS, hits, strict=False)}


@lru_cache(maxsize=2048)
def match_domain(persona: str) -> Domain:
    """Pick the domain whose keywords best match the persona; GENERAL if none matches.

    The score is the number of distinct keywords found (case- and accent-insensitive, after
    NFKD folding, longest match wins where keywords overlap); ties go to the earlier domain in
    DOMAINS.
    """
    scores = _domain_scores(persona)
    best = max(scores.values(), default=0)
    if best == 0:
        return GENERAL
    return next(domain for domain in DOMAINS if scores[domain.key] == best)


@dataclass(frozen=True)
class Region:
    """A country: Faker locale (Latin-script names), language, currency, cities, keywords.

    ``fx_to_eur`` is the rough value of one unit of ``currency`` in euros. ``date_style`` is the
    strftime pattern people there tend to use in file names.
    """

    country: str
    locale: str
    language: str
    currency: str
    cities: tuple[str, ...]
    keywords: tuple[str, ...]
    date_style: str
    fx_to_eur: float


def _region(
    country: str,
    locale: str,
    language: str,
    currency: str,
    fx_to_eur: float,
    date_style: str,
    cities: tuple[str, ...],
    keywords: tuple[str, ...],
) -> Region:
    """A Region whose keywords always include its own country and city names."""
    words = (country, *cities, *keywords)
    return Region(
        country=country,
        locale=locale,
        language=language,
        currency=currency,
        cities=cities,
        keywords=tuple(dict.fromkeys(word.lower() for word in words)),
        date_style=date_style,
        fx_to_eur=fx_to_eur,
    )


_ISO = "%Y-%m-%d"
_DOTTED = "%d.%m.%Y"
_COMPACT = "%Y%m%d"

# Faker has no Latin-script locale for Japanese, Chinese or Korean names, so those countries
# use en_US (names and street addresses are then American; cities still come from ``cities``).
# pl_PL, cs_CZ, ro_RO and tr_TR are Latin script but use letters outside Latin-1 (ł, ř, ș, ş).
_UNITED_STATES = _region(
    "United States", "en_US", "English", "USD", 0.87, _ISO,
    ("New York", "Chicago", "Los Angeles", "Houston", "Boston", "Seattle", "Atlanta",
     "San Francisco"),
    ("usa", "u.s.", "united states of america", "états-unis", "vereinigte staaten",
     "estados unidos", "stati uniti", "verenigde staten", "stany zjednoczone",
     "amerika birleşik devletleri", "アメリカ", "美国", "الولايات المتحدة", "अमेरिका", "nyc",
     "california", "texas", "florida", "ohio", "michigan", "illinois", "massachusetts",
     "oregon", "colorado", "arizona", "pennsylvania", "minnesota", "new jersey", "virginia",
     "north carolina", "indiana", "wisconsin", "austin", "denver", "portland", "miami",
     "philadelphia", "detroit", "cleveland", "phoenix", "dallas", "san diego", "minneapolis",
     "pittsburgh", "nashville", "brooklyn", "silicon valley", "washington, d.c.",
     "washington dc"),
)

REGIONS: tuple[Region, ...] = (
    # The default comes first so that it wins ties ("a turkey farmer in Ohio").
    _UNITED_STATES,
    # Europe
    _region(
        "France", "fr_FR", "French", "EUR", 1.0, _ISO,
        ("Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg"),
        ("french", "français", "frankreich", "francia", "frança", "frankrijk", "francja",
         "fransa", "フランス", "法国", "فرنسا", "फ्रांस", "montpellier", "rennes", "grenoble",
         "brest", "rouen", "dijon", "île-de-france", "provence", "bretagne", "normandie"),
    ),
    _region(
        "Germany", "de_DE", "German", "EUR", 1.0, _DOTTED,
        ("Berlin", "Munich", "Hamburg", "Frankfurt", "Cologne", "Stuttgart", "Düsseldorf",
         "Leipzig"),
        ("german", "deutschland", "allemagne", "alemania", "alemanha", "germania",
         "duitsland", "niemcy", "almanya", "ドイツ", "德国", "ألمانيا", "जर्मनी", "münchen",
         "köln", "dresden", "bayern", "bavaria", "nürnberg", "nuremberg", "hannover", "bremen",
         "dortmund", "bonn", "mannheim"),
    ),
    _region(
        "Austria", "de_AT", "German", "EUR", 1.0, _DOTTED,
        ("Vienna", "Graz", "Linz", "Salzburg", "Innsbruck"),
        ("austrian", "österreich", "autriche", "áustria", "oostenrijk", "austria",
         "avusturya", "オーストリア", "奥地利", "wien", "vienne", "viena", "klagenfurt"),
    ),
    _region(
        "Switzerland", "de_CH", "German", "CHF", 1.07, _DOTTED,
        ("Zurich", "Geneva", "Basel", "Bern", "Lausanne", "Lugano"),
        ("swiss", "schweiz", "suisse", "suiza", "suíça", "svizzera", "zwitserland",
         "szwajcaria", "isviçre", "スイス", "瑞士", "zürich", "genève", "genf", "ginebra",
         "ginevra", "bâle", "berne", "luzern", "lucerne", "zug", "winterthur"),
    ),
    _region(
        "United Kingdom", "en_GB", "English", "GBP", 1.16, _ISO,
        ("London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Edinburgh", "Bristol",
         "Liverpool"),
        ("uk", "britain", "great britain", "british", "england", "scotland", "scottish",
         "welsh", "royaume-uni", "vereinigtes königreich", "reino unido", "regno unito",
         "verenigd koninkrijk", "wielka brytania", "ingiltere", "birleşik krallık", "イギリス",
         "英国", "المملكة المتحدة", "ब्रिटेन", "sheffield", "newcastle", "cardiff", "belfast",
         "nottingham", "cambridge", "oxford", "southampton", "leicester", "brighton",
         "aberdeen"),
    ),
    _region(
        "Ireland", "en_IE", "English", "EUR", 1.0, _ISO,
        ("Dublin", "Galway", "Limerick", "Waterford", "Kilkenny"),
        ("irish", "irlande", "irland", "irlanda", "ierland", "irlandia", "アイルランド",
         "爱尔兰"),
    ),
    _region(
        "Spain", "es_ES", "Spanish", "EUR", 1.0, _ISO,
        ("Madrid", "Barcelona", "Valencia", "Seville", "Bilbao", "Malaga", "Zaragoza"),
        ("spain", "spanish", "españa", "espagne", "spanien", "spagna", "espanha", "spanje",
         "hiszpania", "ispanya", "スペイン", "西班牙", "إسبانيا", "स्पेन", "sevilla", "málaga",
         "jaén", "granada", "alicante", "palma de mallorca", "valladolid", "murcia",
         "santiago de compostela", "catalonia", "cataluña", "catalunya", "andalucía",
         "andalusia", "galicia", "país vasco", "basque country"),
    ),
    _region(
        "Portugal", "pt_PT", "Portuguese", "EUR", 1.0, _ISO,
        ("Lisbon", "Porto", "Braga", "Coimbra", "Faro"),
        ("portuguese", "lisboa", "lisbonne", "lissabon", "algarve", "setúbal", "aveiro",
         "funchal", "madeira", "açores", "ポルトガル", "葡萄牙"),
    ),
    _region(
        "Italy", "it_IT", "Italian", "EUR", 1.0, _ISO,
        ("Rome", "Milan", "Naples", "Turin", "Bologna", "Florence", "Genoa"),
        ("italy", "italian", "italia", "italie", "italien", "itália", "italië", "włochy",
         "italya", "イタリア", "意大利", "milano", "napoli", "torino", "firenze",
         "genova", "venezia", "venice", "palermo", "verona", "padova", "lombardia", "sicilia",
         "toscana", "tuscany"),
    ),
    _region(
        "Netherlands", "nl_NL", "Dutch", "EUR", 1.0, _ISO,
        ("Amsterdam", "Rotterdam", "The Hague", "Utrecht", "Eindhoven", "Groningen"),
        ("dutch", "nederland", "holland", "pays-bas", "niederlande", "países bajos",
         "paesi bassi", "holandia", "hollanda", "オランダ", "荷兰", "den haag", "tilburg",
         "delft", "leiden", "haarlem", "arnhem", "nijmegen", "maastricht"),
    ),
    _region(
        "Belgium", "nl_BE", "Dutch", "EUR", 1.0, _ISO,
        ("Brussels", "Antwerp", "Ghent", "Bruges", "Leuven", "Liège"),
        ("belgian", "belgique", "belge", "belgië", "belgien", "bélgica", "belgio", "belgia",
         "belçika", "bruxelles", "brussel", "antwerpen", "anvers", "brugge", "louvain",
         "luik", "namur", "charleroi", "mechelen", "flanders", "vlaanderen", "wallonia",
         "wallonie", "ベルギー", "比利时"),
    ),
    _region(
        "Poland", "pl_PL", "Polish", "PLN", 0.235, _DOTTED,
        ("Warsaw", "Krakow", "Wroclaw", "Gdansk", "Poznan", "Lodz"),
        ("polsk", "polsce", "pologne", "polen", "polonia", "polônia", "polonya", "ポーランド",
         "波兰", "warszaw", "varsovie", "warschau", "kraków", "cracow", "cracovie", "wrocław",
         "gdańsk", "poznań", "łódź", "katowic", "lublin", "szczecin", "bydgoszcz"),
    ),
    _region(
        "Sweden", "sv_SE", "Swedish", "SEK", 0.091, "%y%m%d",
        ("Stockholm", "Gothenburg", "Malmö", "Uppsala", "Västerås", "Örebro"),
        ("swedish", "sverige", "suède", "schweden", "suecia", "svezia", "suécia", "zweden",
         "szwecja", "isveç", "スウェーデン", "瑞典", "göteborg", "linköping", "umeå", "lund"),
    ),
    _region(
        "Norway", "no_NO", "Norwegian", "NOK", 0.086, _DOTTED,
        ("Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø"),
        ("norwegian", "norge", "norvège", "norwegen", "noruega", "norvegia", "noorwegen",
         "norwegia", "norveç", "ノルウェー", "挪威", "tromso", "kristiansand", "drammen"),
    ),
    _region(
        "Denmark", "da_DK", "Danish", "DKK", 0.134, _DOTTED,
        ("Copenhagen", "Aarhus", "Odense", "Aalborg", "Esbjerg"),
        ("danish", "danmark", "danemark", "dänemark", "dinamarca", "danimarca", "denemarken",
         "dania", "danimarka", "デンマーク", "丹麦", "københavn", "kobenhavn", "copenhague",
         "kopenhagen"),
    ),
    _region(
        "Finland", "fi_FI", "Finnish", "EUR", 1.0, _DOTTED,
        ("Helsinki", "Espoo", "Tampere", "Turku", "Oulu"),
        ("finnish", "suomi", "finlande", "finnland", "finlandia", "finlândia", "finlandiya",
         "フィンランド", "芬兰", "vantaa", "jyväskylä"),
    ),
    _region(
        "Czechia", "cs_CZ", "Czech", "CZK", 0.041, _DOTTED,
        ("Prague", "Brno", "Ostrava", "Plzen", "Olomouc"),
        ("czech", "česko", "czech republic", "česká republika", "tchéquie", "tschechien",
         "chequia", "república checa", "repubblica ceca", "tsjechië", "czechy", "çekya",
         "チェコ", "捷克", "praha", "praga", "plzeň", "pilsen"),
    ),
    _region(
        "Romania", "ro_RO", "Romanian", "RON", 0.197, _DOTTED,
        ("Bucharest", "Cluj-Napoca", "Timisoara", "Iasi", "Constanta", "Brasov"),
        ("romanian", "românia", "roumanie", "rumänien", "rumania", "rumunia", "romanya",
         "ルーマニア", "罗马尼亚", "bucurești", "bucarest", "bukarest", "cluj", "timișoara",
         "iași", "constanța", "brașov", "sibiu", "oradea"),
    ),
    _region(
        "Türkiye", "tr_TR", "Turkish", "TRY", 0.021, _DOTTED,
        ("Istanbul", "Ankara", "Izmir", "Antalya", "Konya", "Gaziantep"),
        ("turkey", "turkish", "türk", "turquie", "türkei", "turquía", "turchia", "turquia",
         "turkije", "turcja", "トルコ", "土耳其", "تركيا", "adana", "kocaeli", "eskişehir",
         "kayseri", "trabzon"),
    ),
    # Americas
    _region(
        "Canada", "en_CA", "English", "CAD", 0.62, _ISO,
        ("Toronto", "Montréal", "Vancouver", "Calgary", "Ottawa", "Edmonton", "Québec"),
        ("canadian", "canadien", "kanada", "カナダ", "加拿大", "كندا", "कनाडा", "winnipeg",
         "halifax", "ontario", "alberta", "british columbia", "nova scotia", "manitoba",
         "saskatchewan", "quebec city", "mississauga"),
    ),
    _region(
        "Mexico", "es_MX", "Spanish", "MXN", 0.047, _ISO,
        ("Mexico City", "Guadalajara", "Monterrey", "Puebla", "Tijuana", "Mérida"),
        ("méxico", "mexic", "mexique", "mexiko", "messico", "meksyk", "meksika", "メキシコ",
         "墨西哥", "ciudad de méxico", "cdmx", "oaxaca", "querétaro", "cancún", "chihuahua",
         "toluca", "veracruz", "jalisco", "nuevo león", "yucatán"),
    ),
    _region(
        "Brazil", "pt_BR", "Portuguese", "BRL", 0.16, _ISO,
        ("São Paulo", "Rio de Janeiro", "Brasília", "Belo Horizonte", "Curitiba",
         "Porto Alegre", "Recife"),
        ("brasil", "brazilian", "brasileir", "brésil", "brasilien", "brasile", "brazylia",
         "brezilya", "ブラジル", "巴西", "البرازيل", "ब्राज़ील", "fortaleza", "manaus", "goiânia",
         "goiás", "campinas", "florianópolis", "bahia", "minas gerais", "paraná",
         "santa catarina"),
    ),
    _region(
        "Argentina", "es_AR", "Spanish", "ARS", 0.0006, _ISO,
        ("Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata", "Mar del Plata"),
        ("argentin", "arjantin", "アルゼンチン", "阿根廷", "patagonia", "tucumán", "neuquén"),
    ),
    _region(
        "Chile", "es_CL", "Spanish", "CLP", 0.00091, _ISO,
        ("Santiago", "Valparaíso", "Antofagasta", "Viña del Mar", "Temuco", "Puerto Montt"),
        ("chilean", "chileno", "chilena", "şili", "チリ", "智利", "la serena", "iquique",
         "punta arenas"),
    ),
    _region(
        "Colombia", "es_CO", "Spanish", "COP", 0.00022, _ISO,
        ("Bogotá", "Medellín", "Barranquilla", "Cartagena", "Bucaramanga", "Pereira"),
        ("colombian", "colombie", "kolumbien", "colômbia", "kolumbia", "kolombiya",
         "コロンビア", "哥伦比亚", "manizales", "santa marta", "antioquia"),
    ),
    _region(
        "Peru", "es_CO", "Spanish", "PEN", 0.25, _ISO,
        ("Lima", "Arequipa", "Cusco", "Piura", "Chiclayo", "Iquitos"),
        ("perú", "peruvian", "peruan", "pérou", "ペルー", "秘鲁", "cuzco", "callao", "huancayo"),
    ),
    # Asia
    _region(
        "India", "en_IN", "English", "INR", 0.0098, _ISO,
        ("Mumbai", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Pune", "Kolkata",
         "Ahmedabad"),
        ("india", "indian", "indien", "hindistan", "インド", "印度", "الهند", "भारत",
         "bombay", "new delhi", "bangalore", "noida", "gurgaon", "gurugram", "jaipur",
         "lucknow", "kochi", "chandigarh", "indore", "मुंबई", "दिल्ली", "बेंगलुरु", "पुणे",
         "चेन्नई", "कोलकाता", "लखनऊ"),
    ),
    _region(
        "Japan", "en_US", "Japanese", "JPY", 0.0057, _COMPACT,
        ("Tokyo", "Osaka", "Yokohama", "Nagoya", "Kyoto", "Fukuoka", "Sapporo"),
        ("japan", "japanese", "japon", "giappone", "japão", "japonia", "japonya", "nihon",
         "nippon", "日本", "kobe", "sendai", "hiroshima", "東京", "大阪", "横浜", "名古屋",
         "京都", "福岡", "札幌", "神戸", "仙台"),
    ),
    _region(
        "China", "en_US", "Chinese", "CNY", 0.12, _COMPACT,
        ("Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou", "Chengdu", "Wuhan"),
        ("chinese", "chine", "cina", "chiny", "中国", "中國", "peking", "nanjing", "suzhou",
         "tianjin", "xiamen", "kunming", "yunnan", "sichuan", "guangdong", "zhejiang", "上海",
         "北京", "深圳", "广州", "杭州", "成都", "武汉", "南京", "苏州", "云南", "四川",
         "广东", "浙江"),
    ),
    _region(
        "South Korea", "en_US", "Korean", "KRW", 0.00059, _COMPACT,
        ("Seoul", "Busan", "Incheon", "Daegu", "Daejeon"),
        ("korea", "korean", "corée", "südkorea", "corea", "coreia", "güney kore", "韓国",
         "韩国", "한국", "서울", "부산", "ソウル", "首尔", "gwangju", "suwon", "pangyo"),
    ),
    _region(
        "Singapore", "en_GB", "English", "SGD", 0.66, _ISO,
        ("Singapore", "Jurong East", "Tampines", "Changi", "Punggol"),
        ("singaporean", "singapour", "singapur", "cingapura", "シンガポール", "新加坡",
         "jurong", "one-north"),
    ),
    _region(
        "Indonesia", "id_ID", "Indonesian", "IDR", 0.000052, _ISO,
        ("Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Yogyakarta", "Denpasar"),
        ("indonesian", "indonésie", "indonesien", "endonezya", "インドネシア",
         "印度尼西亚", "印尼", "bali", "sumatra", "sulawesi", "makassar", "kalimantan"),
    ),
    _region(
        "Philippines", "en_PH", "English", "PHP", 0.0148, _ISO,
        ("Manila", "Quezon City", "Cebu", "Davao", "Makati", "Pasig"),
        ("philippine", "filipin", "philippinen", "filipinas", "filippine", "filipiny",
         "filipinler", "フィリピン", "菲律宾", "taguig", "iloilo", "metro manila"),
    ),
    _region(
        "Thailand", "en_TH", "Thai", "THB", 0.0265, _ISO,
        ("Bangkok", "Chiang Mai", "Phuket", "Pattaya", "Khon Kaen", "Hat Yai"),
        ("thai", "thaïlande", "tailandia", "tailândia", "tajlandia", "tayland", "泰国",
         "กรุงเทพ", "ประเทศไทย", "nonthaburi"),
    ),
    _region(
        "Pakistan", "en_PK", "English", "PKR", 0.0031, _ISO,
        ("Karachi", "Lahore", "Islamabad", "Rawalpindi", "Faisalabad", "Peshawar"),
        ("pakistani", "パキスタン", "巴基斯坦", "باكستان", "पाकिस्तान", "multan", "کراچی",
         "لاہور"),
    ),
    _region(
        "United Arab Emirates", "en_PK", "English", "AED", 0.235, _ISO,
        ("Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain", "Ras Al Khaimah"),
        ("uae", "emirates", "emirati", "émirats arabes unis", "vereinigte arabische emirate",
         "emiratos árabes unidos", "emirati arabi uniti", "emirados árabes unidos",
         "birleşik arap emirlikleri", "アラブ首長国連邦", "阿联酋", "الإمارات", "في دبي",
         "بدبي", "أبوظبي", "الشارقة", "दुबई", "迪拜", "ドバイ"),
    ),
    _region(
        "Saudi Arabia", "en_PK", "Arabic", "SAR", 0.23, _ISO,
        ("Riyadh", "Jeddah", "Dammam", "Mecca", "Khobar"),
        ("saudi", "ksa", "arabie saoudite", "saudi-arabien", "arabia saudita",
         "arabia saudí", "arábia saudita", "arabia saudyjska", "suudi arabistan",
         "サウジアラビア", "沙特", "السعودية", "सऊदी", "makkah", "الرياض", "جدة", "الدمام",
         "مكة"),
    ),
    # Africa
    _region(
        "Egypt", "en_PK", "Arabic", "EGP", 0.018, _ISO,
        ("Cairo", "Alexandria", "Giza", "Mansoura", "Port Said", "Luxor"),
        ("egypt", "égypte", "ägypten", "egipt", "egitto", "egito", "エジプト", "埃及",
         "في مصر", "جمهورية مصر", "القاهرة", "الإسكندرية", "الجيزة", "le caire", "kairo",
         "el cairo", "il cairo", "alexandrie", "gizeh", "aswan", "hurghada"),
    ),
    _region(
        "Morocco", "fr_DZ", "French", "MAD", 0.094, _ISO,
        ("Casablanca", "Marrakesh", "Tangier", "Agadir", "Meknes", "Oujda"),
        ("moroccan", "maroc", "marokko", "marruecos", "marocco", "marrocos", "maroko",
         "モロッコ", "摩洛哥", "marrakech", "meknès", "tétouan", "kenitra",
         "الدار البيضاء", "الرباط", "مراكش", "طنجة"),
    ),
    _region(
        "Nigeria", "en_NG", "English", "NGN", 0.00059, _ISO,
        ("Lagos", "Abuja", "Kano", "Ibadan", "Port Harcourt", "Enugu"),
        ("nigerian", "nigéria", "nijerya", "ナイジェリア", "尼日利亚", "kaduna", "benin city",
         "lekki", "ikeja"),
    ),
    _region(
        "Kenya", "en_KE", "English", "KES", 0.0067, _ISO,
        ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Nyeri"),
        ("kenyan", "kenia", "quênia", "ケニア", "肯尼亚", "thika", "machakos", "naivasha"),
    ),
    _region(
        "South Africa", "zu_ZA", "English", "ZAR", 0.049, _ISO,
        ("Johannesburg", "Cape Town", "Durban", "Pretoria", "Gqeberha", "Bloemfontein"),
        ("south african", "afrique du sud", "südafrika", "sudáfrica", "sudafrica",
         "áfrica do sul", "república sudafricana", "güney afrika", "南アフリカ", "南非",
         "joburg", "port elizabeth", "soweto", "stellenbosch", "kaapstad", "gauteng",
         "kwazulu-natal", "western cape"),
    ),
    # Oceania
    _region(
        "Australia", "en_AU", "English", "AUD", 0.56, _ISO,
        ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Hobart"),
        ("australian", "australie", "australien", "austrália", "australië", "avustralya",
         "オーストラリア", "澳大利亚", "澳洲", "gold coast", "queensland", "new south wales",
         "tasmania", "geelong", "wollongong"),
    ),
    _region(
        "New Zealand", "en_NZ", "English", "NZD", 0.5, _ISO,
        ("Auckland", "Wellington", "Christchurch", "Dunedin", "Tauranga", "Palmerston North"),
        ("nouvelle-zélande", "neuseeland", "nueva zelanda", "nuova zelanda", "nova zelândia",
         "nieuw-zeeland", "nowa zelandia", "yeni zelanda", "ニュージーランド", "新西兰",
         "aotearoa", "waikato", "otago", "queenstown", "rotorua"),
    ),
)

DEFAULT_REGION: Region = _UNITED_STATES

_PLACES: dict[str, frozenset[str]] = {
    region.country: frozenset(_fold(name) for name in (region.country, *region.cities))
    for region in REGIONS
}


@lru_cache(maxsize=2048)
def match_region(persona: str) -> Region:
    """Region named (by country or city keyword) in the persona, else DEFAULT_REGION.

    Each keyword found scores 1, or 2 when it is the country's or one of its cities' own
    name, so "a French teacher in Chicago" is in the United States. Matching folds case and
    accents like :func:`match_domain`; ties go to the earlier region in REGIONS.
    """
    hits = _hits(persona, [region.keywords for region in REGIONS])
    best, best_score = DEFAULT_REGION, 0
    for region, found in zip(REGIONS, hits, strict=True):
        places = _PLACES[region.country]
        score = sum(2 if keyword in places else 1 for keyword in found)
        if score > best_score:
            best, best_score = region, score
    return best
