"""Vocabularies of the built environment: construction, architecture, real estate."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

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
