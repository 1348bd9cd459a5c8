"""English sentence templates, keyed "genre.section": the reference set for every language.

Slots (filled from the document's own facts; a template only uses slots its section has):
{project} the project's name; {work} what the work is, in the persona's words; {counterpart}
the partner, client or supplier; {person} a colleague; {author}; {employer}; {city};
{topic} this document's subject; {item} and {item2} budget lines or things bought;
{metric} an indicator, {value} its reading, {target} its target; {amount} a sum of money;
{date} a past date; {due} a future date; {count} a small number; {status} green/amber/red;
{milestone} the next milestone. [a|b|c] picks one.
"""

from __future__ import annotations

SENTENCES: dict[str, tuple[str, ...]] = {
    "report.summary": (
        "[Overall,|Taken together,|On balance,] {project} is {status} this [period|month|fortnight].",
        "The [main|biggest] change since the last report is on {item}, which [now needs|still needs|has taken] more attention than planned.",
        "Work on {work} [continues|is moving] with {counterpart}, and the [team|group] expects to reach {milestone} by {due}.",
        "[Most|Nearly all] of what we [committed to|promised] for {topic} is [done|on track]; the [exceptions|gaps] are listed under risks.",
        "{person} [joined|took over] the {item} [workstream|strand] on {date}, which [freed|has freed] time for {work}.",
        "[Nothing|No decision] [is needed|is required] from the [board|committee|sponsor] this time, [apart from|except] the point on {item2}.",
    ),
    "report.budget": (
        "[Spend|Committed spend] on {project} stands at {amount}, [within|inside] the approved envelope.",
        "The largest line is {item}, [and|which] [is|remains] the one to watch [in the coming weeks|until {due}].",
        "[We have|The team has] [moved|shifted] part of the {item2} allowance to {item} [after|following] the discussion with {counterpart}.",
        "[No|There is no] [overspend|overrun] to report; the [forecast|outturn] is [in line with|close to] the plan.",
        "[Prices|Quoted prices] for {item} [rose|went up] after {date}, [which we absorbed|absorbed] from the contingency.",
    ),
    "report.progress": (
        "{milestone} is the next milestone, due {due}, and [work on it has started|preparation is under way].",
        "[Since|After] {date}, {person} [has|] [closed|completed] the [tasks|work] on {item} [ahead of|before] the plan.",
        "[Two|Three|A few] [tasks|actions] on {topic} [slipped|moved] by a week [because|as] {counterpart} [asked for changes|needed more time].",
        "The [plan|schedule] still [holds|stands] for {due}, [provided|as long as] {item} arrives [on time|as agreed].",
        "[We|The team] [reviewed|went through] the plan with {counterpart} on {date} and [agreed|confirmed] the next steps.",
    ),
    "report.indicators": (
        "{metric} [is at|reads|stands at] {value} against a target of {target}.",
        "[The trend on|Over the last months,] {metric} [is improving|has improved|is flat], [now|currently] at {value}.",
        "[We will|The team will] [report|review] {metric} [again|next] on {due}.",
    ),
    "report.risk": (
        "[Delivery of|Late delivery of|A hold-up on] {item} could [delay|hold up|push back] {milestone} [beyond|past] {due}[, since nothing else can start before it| unless we find a fallback|].",
        "{counterpart} [may|might] [not confirm|delay confirming] the {item2} [order|arrangement] in time.",
        "[Cover for|Availability of] {person} [during|over] the next [weeks|month] [is|remains|looks] [tight|uncertain|thin][, which matters most for {item}|, with {item} the task most exposed|].",
        "[Costs|Prices] of {item} [could|may] [rise|increase] [before we sign|before signing].",
        "[Scope|The scope] of {work} [may|could] [grow|widen] if [the sponsor|{counterpart}] [asks|pushes] for more.",
        "[Information|Data|Reporting] on {metric} [is|comes in|arrives] [late|incomplete|patchy], [which|and this] [weakens|limits|muddies] the [reporting|picture|monthly figures][ on {item}|].",
    ),
    "action": (
        "{person} to [confirm|check] {item} with {counterpart} by {due}.",
        "{person} to [send|circulate] the [revised|updated] {topic} [to the team|to {counterpart}] by {due}.",
        "{person} to [book|set up] a [call|meeting] with {counterpart} on {item2} before {due}.",
        "{person} to [update|complete] the figures for {item} by {due}.",
        "{person} to [draft|prepare|write up] [the note|a short note|a one-page brief] on {milestone} [and what it needs from {item}|for the team|so the sponsor can sign it off|] by {due}.",
        "{person} to [chase|follow up] the outstanding [answer|reply] on {item2} by {due}.",
        "{person} to [review|check|go through] the {topic} [against the budget|against the plan|line by line][, starting with {item},|] by {due}.",
    ),
    "minutes.agenda": (
        "[Progress on|Update on|Where we are on] {work}[ since the last meeting| and {item}|]", "{item}: [options|next steps|status]",
        "[Dates|Timing] for {milestone}", "[Feedback from|Questions from] {counterpart}",
        "{topic}: [points to decide|open points]", "[AOB|Any other business]",
    ),
    "minutes.discussion": (
        "{person} [opened|started] [with|by giving] an update on {work}.",
        "[The group|The team|Everyone] [discussed|went through] {item} and [whether|how] it [fits|affects] the timeline to {due}.",
        "{person} [raised|flagged] [that|the fact that] {counterpart} [had not yet|has not yet] [confirmed|answered on] {item2}.",
        "[It was agreed|We agreed|Everyone agreed] that [the wording on|the figures for|the section on] {item} [should get|would get|will get] one more [round|review|check] before we [send|circulate|share] the {topic}.",
        "[Concerns were raised|Some concern was raised|Several people worried] about [the cost of|the lead time for|the quality of] {item}[ and what it means for {milestone}|].",
        "{person} [will|offered to] [look into|check|price] [an alternative|a cheaper option|a second supplier] for {item2}[ before {due}|].",
        "[There was|We had] [a short|a long|a lively] discussion on {milestone}, [which|and it] [stays|remains] due {due}[, provided {item} is sorted in time| even though {item} is still open|].",
    ),
    "minutes.decision": (
        "[Go ahead|Proceed] with {item} [as planned|as proposed] [for|within] {project}.",
        "[Keep|Hold] {milestone} [at|on] {due} [and|but] [review|revisit] it at the next meeting[, once {item} is confirmed| in the light of {item2}|].",
        "[Ask|Request] {counterpart} for a [revised|firm] [offer|proposal] on {item2}.",
        "[Approve|Accept] the [draft|revised] {topic} [subject to|pending] {person}'s comments[ on {item}|].",
    ),
    "brief.background": (
        "{project} [covers|is about] {work}.",
        "[It is run|It runs] with {counterpart} [from|out of] {city}, [led by|owned by] {author}.",
        "[Until now|So far] {item} [was handled|has been handled] [case by case|ad hoc], [which|and this] [costs time|makes planning hard].",
        "[The aim|The idea] is to [finish|complete] {milestone} by {due} [without|while not] [disrupting|affecting] day-to-day work.",
    ),
    "brief.objective": (
        "[Deliver|Complete] {milestone} by {due}.",
        "[Keep|Hold] {metric} at or [above|better than] {target}.",
        "[Stay within|Keep to|Hold spend to] the [approved|agreed|signed-off] envelope of {amount}[, contingency included|, with {item} as the main line|].",
        "[Agree|Settle] the {item} arrangements with {counterpart}.",
        "[Document|Write up] [how|what] we [do|did] on {work} so others can [reuse|follow] it.",
    ),
    "brief.scope": (
        "[In scope|Included]: {item}, {item2} and the [work|tasks] needed for {milestone}.",
        "[Out of scope|Not included]: [changes|work] outside {project} and [anything|matters] not agreed with {counterpart}.",
    ),
    "memo.body": (
        "[Following|After] [our conversation|the meeting] on {date}, [here is|this note sets out] [where we are|the position] on {topic}.",
        "[The question|The point] is [whether|how] to [handle|fund] {item} [within|inside] {project}.",
        "[I have|We have] [looked at|compared] [the options|what {counterpart} offers] for {item2}.",
        "If we [wait|hold off|delay the decision] [beyond|past|until after] {due}, [we put|we would put|that leaves] {milestone} at risk[, along with the work on {item}|].",
        "[The figures|The numbers] [below|that follow] [for {item}|on {item} and {item2}|] [come|are taken] from the [latest|current|revised] budget.",
    ),
    "memo.recommendation": (
        "[I recommend|My recommendation is] that we [go ahead|proceed] with {item} [and|but] [review|revisit] it on {due}.",
        "[We should|I suggest we] [ask|press] {counterpart} for [better terms|a firm date] on {item2} before {due}.",
        "[Please|Kindly] [confirm|approve|let me know] by {due} so that {milestone} [stays|remains] on track[ and {item} can be ordered| and we can release {item}|].",
    ),
    "requirements.purpose": (
        "This document [lists|sets out] what {project} [must|needs to] deliver for {work}.",
        "[Each|Every] requirement [in {project}|below|listed here] [has|carries|shows] a priority and [the person|the source|the team] it came from.",
        "[Changes|Any change] after {due} [go|goes] through {person}.",
    ),
    "requirements.line": (
        "[The solution|The work] must [cover|include] {item} [for|at] the {city} site.",
        "{item2} [must|should] be [ready|available|in place|tested] [before|ahead of] {milestone}[, with {counterpart} signing it off|, not after|].",
        "[Reports|Figures] on {metric} [must|should] be [available|produced] [each month|every week].",
        "{counterpart} [must|should] [confirm|sign off] {item} in writing.",
        "[Records|A dated record] of [every change to|each decision on|all orders for] {item} [must|should] be kept [in the {topic} file|for audit|for review|for at least a year].",
        "[Costs|Spend] on {item} [must|should] [stay|remain] [within|inside] the agreed [envelope|budget].",
        "[Staff|The team] [could|should] be [trained|briefed] on {item2} before {due}.",
        "[Any|Each] [delay|change] on {milestone} [must|should] be [reported|flagged] within [two|three] days.",
    ),
    "contract.scope": (
        "{counterpart} [will|shall] [provide|supply] {item} and {item2} for {project} as described in the schedule.",
        "[Work|Services] [will be|shall be] [delivered|performed] [at|for] the {city} site.",
    ),
    "contract.service": (
        "{counterpart} [will|shall] [answer|respond to] requests within [two|three] working days.",
        "[Faults|Problems] with {item} [will|shall] be [fixed|resolved] within [five|ten] working days.",
    ),
    "letter.body": (
        "[Thank you for|Many thanks for] your [letter|message|note] of {date} about {item}[ and {item2}|].",
        "[As discussed|As agreed], we [would like|intend] to [go ahead|proceed] with {item} [for|within] {project}.",
        "[Could you|Would you] [confirm|let us know] [the dates|the terms] for {item2} by {due}?",
        "[We remain|I remain] [available|at your disposal|happy to meet] [to discuss|to talk through] {milestone}[ and the arrangements for {item}|, whenever suits you|].",
        "[Please find|Enclosed is] [the|our] [updated|revised] [figures|schedule|breakdown] for {item}[, as mentioned in our last {topic}|, referred to in this {topic}|].",
    ),
    "review.context": (
        "This [review|look-back] [covers|takes stock of] [the work on|how we ran|what happened on] {project} [since {date}|over the last period|this year].",
        "[As with every|Like any] {topic} [we write|on this team], the [aim|point] is to [keep|learn from] what [worked|went well] and [fix|change] what did not [before the next phase|next time].",
        "[It draws on|It uses|It is based on] the [figures|records|notes and logs] [kept|collected|gathered] since {date}[ by the team| on {project}|].",
    ),
    "review.well": (
        "[The work on|Work on] {item} [went|ran] [smoothly|to plan] [thanks to|with the help of] {person}.",
        "[Contact|Working] with {counterpart} [was|has been] [quick|constructive|easy][, especially on {item}| throughout|].",
        "{metric} [reached|came in at] {value}, [close to|better than] the target.",
    ),
    "review.improve": (
        "[Planning|Preparation] for {item2} [started|began] too late.",
        "[Handover|Information] [between|across] the team [was|could be] [clearer|more regular].",
    ),
    "policy.purpose": (
        "This [guide|note] [sets out|explains] how the team [handles|manages] {topic}.",
        "It [applies|is meant] [to|for] everyone working on {work}.",
    ),
    "policy.rule": (
        "[Record|Log] every {item} [request|order] [in the tracker|in the shared log] [the same day|before the end of the week].",
        "[Ask|Check with] {person} before [committing|spending] more than {amount}[ on {item}| in one go|].",
        "[Keep|Store] [signed|final] copies of every {topic} in the {project} folder, [never|not] on the desktop.",
        "[Review|Check] {metric} [monthly|every month] and [flag|report] anything below {target}.",
        "[Use|Start from] the [team|shared|latest] template for every {topic}[, including those on {item}|, never an old copy|].",
        "[Name|Label] {item} files with the date and the version [at the end|first].",
    ),
    "notes.line": (
        "{person}: {counterpart} [still|has still] not [confirmed|answered on] {item}.",
        "[Check|Look at] {item2} [figures|numbers] again before {due}.",
        "{milestone}: [on track|tight] for {due}.",
        "[Idea|Thought]: [combine|group] {item} and {item2} [in one order|together].",
        "[Call|Ring] {person} about {topic}.",
        "[Budget|Spend] so far {amount}.",
        "[Open question|To clarify]: who [signs off|approves] {item}?",
    ),
    "email.body": (
        "[I hope you are well.|I hope all is well.|Thanks for your message.]",
        "[Following|Further to] our [call|exchange] on {date}, [here are|I'm sending] [the points|a few points] on {topic}.",
        "[Could you|Can you] [confirm|send] [the figures|the dates] for {item} by {due}?",
        "[We are|I'm] [keen|aiming] to [close|settle] {item2} before {milestone}.",
        "[Let me know|Tell me] if [anything|something] is [unclear|missing].",
    ),
    "log.entry": (
        "[call|phone call] with {person} about {item}",
        "[email|message] from {counterpart}: {item2} [delayed|confirmed]",
        "[meeting|catch-up] on {topic}, [notes|minutes] to follow",
        "[reminder to|chased|nudged] {counterpart} [on|about] {milestone}[ and {item}|, no reply yet|, second time|]",
        "[sent|shared] {topic} to {person}",
    ),
    "deck.status": (
        "{project}: [status|overall] {status}",
        "{milestone} [due|planned for] {due}",
        "{item}: [agreed|in progress] with {counterpart}",
        "[Main|Key] [point|issue]: {item2}",
    ),
    "deck.decision": (
        "[Approve|Confirm] {item} [for|within] {project}",
        "[Agree|Set] the date for {milestone}",
        "[Choose|Pick] [between|among] the offers for {item2}",
    ),
    "training.point": (
        "[Why|How] {topic} [matters|works] [for|in] {work}",
        "[Common|Typical] [mistakes|errors] with {item}",
        "[Who to|Whom to] [ask|call]: {person}",
        "[Checklist|Steps] before [ordering|using] {item2}",
        "[Where to find|Where we keep] the {topic} [records|files]",
    ),
    "case.facts": (
        "[On|Since] {date}, {counterpart} [has|] [disputed|contested] {item}.",
        "[Our client|The client] [worked|acted] [on|in] {work} [until|up to] {date}.",
        "[The file|The record] [shows|contains] {count} [documents|items] on {item2}.",
        "[No|No written] [agreement|record] [covers|settles] {item2}.",
    ),
    "case.argument": (
        "[The claim|The request] on {item} [rests on|is based on] [the documents|the exhibits] listed below.",
        "{counterpart} [cannot|could not] [show|prove] that {item2} was [agreed|accepted].",
        "[The amount claimed|The sum sought], {amount}, [follows from|reflects] the [records|figures] kept since {date}.",
        "[The hearing|The next hearing] on {due} [should|will] [settle|decide] {milestone}.",
    ),
    "inspection.finding": (
        "[Evidence|Records] for {item} [are|is] [complete|in place] [and|but] [need|needs] a final check by {person}.",
        "[A gap|One gap] [remains|was found] on {item2}: [the log|the record] [stops|is missing] after {date}.",
        "{metric} [stands at|is] {value} against the expected {target}.",
        "[Staff|The team] [can|could] [explain|show] how {topic} [works|is done] [in practice|day to day].",
        "[The action plan|Our plan] [closes|should close] the [gaps|open points] before {due}.",
    ),
    "launch.step": (
        "[Freeze|Lock] {item} [by|before] {due}.",
        "[Confirm|Agree] the {item2} [date|slot] with {counterpart}.",
        "[Prepare|Write] the [announcement|copy] for {milestone}.",
        "[Test|Check] {item} [with|on] [a small group|real users] before {due}.",
        "[Review|Go through] [the feedback|the numbers] on {metric} [after|once] {milestone}.",
    ),
    "teaching.activity": (
        "[Start|Open] with a [short|ten-minute] [recap|review] of {topic}.",
        "[Students|Participants] [work|practise] in [pairs|small groups] on {item}.",
        "[Discuss|Go over] {item2} [with examples|using a case] from {work}.",
        "[End|Close] with a [short|quick] [quiz|exercise] on {topic}.",
        "[Homework|Reading for next time]: {item2}, due {due}.",
    ),
    "care.note": (
        "[Admitted|Seen] on {date}; [observed|checked] for {item}.",
        "[Treatment|Care] [continues|goes on] [as planned|as set out] in the protocol; [next review|review] on {due}.",
        "{person} [noted|reported] [an improvement|no change] on {item2}.",
        "[Stock|Supplies] of {item} [are|is] [low|running short]; [order|reorder] before {due}.",
    ),
    "research.aim": (
        "[The study|This work] [looks at|examines] {work}.",
        "[We will|The team will] [collect|gather] data on {metric} [from|at] {counterpart}.",
        "[Results|First results] are [expected|due] by {due}.",
        "[Funding|The budget] of {amount} [covers|pays for] {item} and {item2}.",
    ),
    "event.logistics": (
        "[Venue|The venue] [confirmed|booked] with {counterpart} [for|on] {due}.",
        "{item}: [ordered|arranged], [delivery|arrival] [on the day|the day before].",
        "{person} [handles|looks after] {item2} and the [registration|welcome] desk.",
        "[Final|Last] numbers to {counterpart} by {due}.",
    ),
    "todo.item": (
        "{item}: [check|confirm] with {counterpart} by {due}",
        "[Send|Finish] {topic} to {person} by {due}",
        "[Send|Share|Finish] the [figures|draft|notes] on {item} [to|for] {person} by {due}",
        "[Prepare|Draft] {milestone} [notes|slides] by {due}",
        "[Update|Fix] {item2} [figures|numbers] by {due}",
    ),
}
