"""Vocabularies of care: hospital procurement and nursing."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

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
        "midwife", "sage-femme", "hebamme", "matrona",
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
