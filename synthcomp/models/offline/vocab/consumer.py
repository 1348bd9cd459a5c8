"""Vocabularies of serving the public: retail and hospitality."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

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
