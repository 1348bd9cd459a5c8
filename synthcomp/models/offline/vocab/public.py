"""Vocabularies of the public sector: government and education."""

from __future__ import annotations

from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric

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
