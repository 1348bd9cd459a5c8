"""Vocabularies of operating industries: manufacturing, real estate, hospitality, non-profits,
government, journalism, agriculture, retail."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

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
