"""Vocabularies of technology: data science and software."""

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
