"""Vocabularies of technical and professional trades: data, software, banking, construction,
architecture, education."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

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
