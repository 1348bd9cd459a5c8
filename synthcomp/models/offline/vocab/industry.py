"""Vocabularies of producing goods: manufacturing and agriculture."""

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
