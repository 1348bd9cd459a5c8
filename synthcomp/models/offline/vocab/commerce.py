"""Vocabularies of selling: marketing and sales."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

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
