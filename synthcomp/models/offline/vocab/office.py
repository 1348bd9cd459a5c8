"""Vocabularies of office functions: law and human resources."""

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
