"""Vocabularies of office functions: law, finance, HR, marketing, sales."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

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
