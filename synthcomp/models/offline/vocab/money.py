"""Vocabularies of money: finance and accounting, banking."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

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
