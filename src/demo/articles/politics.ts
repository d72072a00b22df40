import { illustration, type DemoArticle } from '../demo.types.ts';

/** Demo articles of the Politics section. */
export const POLITICS_ARTICLES: DemoArticle[] = [
  {
    headline: "Bridge drainage repairs were deferred twice, emergency council meeting told",
    slug: "council-emergency-meeting-tollan-bridge",
    standfirst: "Engineers say water from blocked deck drains ran down the Tollan Bridge's hangers for years. The opposition wants an independent inquiry into why earlier warnings were not acted on.",
    section: "politics",
    authors: ["marguerite-oyelaran"],
    tags: ["Tollan Bridge","City Council","Budget"],
    image: illustration("council", "A pale stone civic building with columns and a dome against a dark blue sky", "Councillors met in the Guildhall chamber for an emergency session."),
    daysAgo: 33,
    hour: 19,
    body: `Corrosion that forced the closure of the Tollan Bridge was caused largely by rainwater pouring from blocked deck drains on to the bases of the steel hangers, councillors heard at an emergency meeting tonight, and a recommended drainage upgrade had been deferred twice in the past decade.

The preliminary findings were presented by the principal bridge engineer, Fenella Drury, to a packed public gallery in the Guildhall. She said the bridge's original cast-iron drains had become partly blocked and cracked, and that for years water had been running along the deck edge and collecting around the hanger connections on the downstream side, which faces the prevailing wind.

"Steel does not like to be wet and salty and ignored," Ms Drury told councillors. "It has been all three."

## Earlier warnings

Council papers show that a principal inspection eight years ago recommended replacing the drainage system at an estimated cost of £640,000. The work was included in the capital programme but pushed back in two successive budgets.

<blockquote class="pullquote"><p>Steel does not like to be wet and salty and ignored. It has been all three.</p></blockquote>

The leader of the opposition Harbour First group, Councillor Osman Teague, said the city deserved to know who had made those decisions and why. "A bill of six hundred thousand pounds was put off, and now we are looking at a bill of many millions and a city cut in half," he said. "That needs an independent inquiry, not a council marking its own homework."

The council leader, Councillor Bernadette Quayle of the Civic Alliance, said she would not "play the blame game in the middle of an emergency" but accepted that the deferrals had been a mistake. "Every council in the country is juggling repairs it cannot afford," she said. "We juggled this one and we dropped it. I am not going to pretend otherwise."

> Motion agreed unanimously: "That this council instructs officers to bring forward a fully costed repair plan for the Tollan Bridge within three weeks, and commissions an independent review of bridge maintenance decisions since the last principal inspection."

Officers told the meeting that a full repair could cost between £12m and £16m and take more than a year. Councillors also backed a temporary passenger ferry across the harbour, with a start date expected within days.

Members of the public were not allowed to speak, but several held handwritten signs. One, held by an Eastbank resident in a cycling jacket, read simply: "Fix it. Then fix the next one."`,
  },
  {
    headline: "Saltmarsh by-election called after councillor stands down",
    slug: "saltmarsh-by-election-called",
    standfirst: "Gerald Penhallow's resignation after fourteen years leaves the ruling Civic Alliance defending a one-seat majority, in a ward still cleaning up after last week's floods.",
    section: "politics",
    authors: ["marguerite-oyelaran"],
    tags: ["Saltmarsh by-election","City Council","Flooding"],
    image: null,
    daysAgo: 28,
    hour: 13,
    body: `A by-election will be held in Saltmarsh ward in just under four weeks following the resignation of Councillor Gerald Penhallow, who has represented the area for the Civic Alliance since he was first elected fourteen years ago.

Mr Penhallow, 71, said in a statement that he was standing down on medical advice. His departure leaves the Civic Alliance with 24 of the 47 occupied seats on the 48-member council, still enough to win votes on its own. Losing the seat would end its overall majority.

> "It has been the privilege of my life to serve the people of Saltmarsh," Mr Penhallow said. "I am sorry to go at a time when so many of my neighbours are dealing with flood damage, and I hope whoever follows me will keep fighting for the pumping station this ward has waited far too long for."

The timing is awkward for the ruling group. This week's storm flooded more than 120 homes in the ward, and anger about drainage is running high ahead of a public meeting called by the Saltmarsh Flood Action Group for this evening.

"Nobody in Saltmarsh is thinking about party politics right now," said Nadia Karimova-Blake, a community pharmacist who has been selected as the Civic Alliance candidate. "They are thinking about dehumidifiers and insurance forms. My job is to get them help, not to give speeches."

Harbour First, the main opposition group, has chosen Stuart Bellamy, a former harbour pilot who stood in the ward at the last city elections and came second. "Saltmarsh has been taken for granted," he said.

The smaller Coast & Country party is expected to stand a candidate, and there is speculation that the chair of the Flood Action Group, Winifred Osei-Tutu, may run as an independent. Ms Osei-Tutu said only that she was "talking to neighbours" and would decide by the end of the week.

## How it works

Nominations close in eight working days. Anyone registered to vote at an address in Saltmarsh ward can vote, and the deadline to register is twelve working days before polling day. Postal vote applications can be made to the elections office at the Guildhall.

Turnout in Saltmarsh at the last full council election was 31 per cent.`,
  },
  {
    headline: "Saltmarsh pumping station row: opposition says flood scheme is being squeezed by bridge costs",
    slug: "flood-defence-spending-row",
    standfirst: "Harbour First failed to bring forward a £6.8m pumping station for Brinley Brook, but the ruling group conceded the scheme will not be built before next winter.",
    section: "politics",
    authors: ["marguerite-oyelaran","zoe-harcastle"],
    tags: ["Flooding","City Council","Budget"],
    image: illustration("rain", "Storm clouds and rain over a row of houses, with water pooling in the street", "Brinley Brook's outfall is tide-locked for several hours around each high tide."),
    daysAgo: 25,
    hour: 18,
    body: `An attempt to accelerate a long-promised pumping station for Saltmarsh was voted down at full council this afternoon, after a debate in which both sides accused the other of using flooded families for political advantage.

The proposed station at the mouth of Brinley Brook would pump water into the harbour when high tides close the brook's outfall flap. As the Ledger [reported after the storm](/science/why-saltmarsh-floods/), researchers say this "tide-locking" is a major reason why the ward floods so badly when heavy rain coincides with a spring tide.

The scheme is estimated at £6.8m. The council has set aside £2.3m and has been waiting for a national flood defence grant to cover the rest. Harbour First's motion would have committed the council to borrowing the difference and starting construction this financial year.

"These people have been flooded three times," said Councillor Osman Teague, moving the motion. "How many more times do they need to be flooded before they qualify for the money?"

## The bridge in the room

The Civic Alliance's finance lead, Councillor Hal Pettigrew, said the council could not take on new borrowing while the cost of repairing the Tollan Bridge was still unknown. "We will almost certainly have to borrow for the bridge," he said. "If we borrow for the pumping station as well, before we know either figure, we are gambling with money that pays for social care."

> "The grant bid is strong and we expect an answer in the spring. Starting work on a promise of money we haven't got would be irresponsible," Councillor Pettigrew told the chamber.

He conceded, under questioning, that even if the grant was approved the station would not be operational before next winter. The motion was defeated by 25 votes to 20, with two abstentions.

Not everyone in the public gallery was convinced by either side. Ifeoma Rathbone, whose kitchen on Reedmace Lane is still drying out, said the debate had felt like a rehearsal for the by-election. "They all wanted to be photographed caring," she said. "I wanted somebody to tell me what happens if it rains like that again in February."

The council has since promised temporary pumps at the outfall during forecast spring tides, and said gully cleaning in the ward would move from twice a year to monthly until the station is built.`,
  },
  {
    headline: "Council approves £14.2m Tollan Bridge repair and rejects call to study replacement",
    slug: "council-approves-tollan-bridge-repair",
    standfirst: "Councillors voted 29 to 16 for a fourteen-month repair that will keep the 1936 arch in service, after a four-hour debate on whether the city should plan a new crossing instead.",
    section: "politics",
    authors: ["marguerite-oyelaran","lukasz-zielinski"],
    tags: ["Tollan Bridge","City Council","Budget"],
    image: illustration("council", "A columned civic building with a domed roof, lit against a night sky", "The debate in the Guildhall ran until almost 9pm."),
    daysAgo: 22,
    hour: 21,
    updatedHoursLater: 12,
    body: `Port Averill City Council has approved a £14.2m plan to repair the Tollan Bridge, committing the city to keeping its 1936 steel arch in service for at least another forty years.

The vote, 29 to 16 with two abstentions, came at the end of a four-hour debate in which the opposition Harbour First group argued that the council should first commission a study into replacing the bridge altogether.

## What was approved

The repair plan, prepared by the council's structures team and external consultants, includes:

- replacing eight corroded steel hangers on the downstream side of the arch
- replacing both bearings at the Eastbank abutment
- a complete new deck drainage system, the work that was [deferred twice](/politics/council-emergency-meeting-tollan-bridge/) in the past decade
- full blasting and repainting of the steelwork
- temporary props so the upstream footway can reopen to pedestrians within a fortnight

The estimate includes £11.6m of construction, £1.4m for design and site supervision, and a £1.2m contingency. The cost of the temporary ferry shuttle is being met separately from the council's reserves.

"This is a good bridge that was badly looked after," said the transport lead, Councillor Imogen Farrant-Lees. "The engineers are clear: with the right repair and the right maintenance, it has decades left in it."

<blockquote class="pullquote"><p>This is a good bridge that was badly looked after.</p></blockquote>

## The case for a new crossing

Councillor Osman Teague said repairing a structure nearly ninety years old risked "pouring money into the past". His amendment, which called for a £350,000 feasibility study into a replacement bridge with dedicated tram and cycle lanes, was defeated.

"Nobody is saying leave it shut," he said. "We are saying, before you spend fourteen million pounds, spend a fraction of that finding out whether there is a better answer."

Engineers at the University of Port Averill have [explained why the steel failed](/science/why-the-tollan-bridge-rusted/), and told the council that a replacement would cost at least £60m and take six to eight years to design, consent and build.

> Update, 09:00 next day: The council has confirmed that the repair contract will be awarded under an emergency procurement framework, with a decision expected within a week. It has also said it will bid for national infrastructure funding to cover part of the cost.

Traders' representatives in the gallery applauded the result. Vehicles and trams are not expected to return to the bridge until late next year.`,
  },
  {
    headline: "Tram extension vote delayed as bridge bill squeezes capital budget",
    slug: "tram-extension-vote-delayed",
    standfirst: "A decision on the preferred route for the line 4 extension to Caddock has been pushed back by at least three months, frustrating the developers of the sidings housing scheme.",
    section: "politics",
    authors: ["lukasz-zielinski"],
    tags: ["Trams","City Council","Housing"],
    image: illustration("tram", "A tram on street tracks with overhead power lines and pale buildings behind", "Line 4 would run along Foundry Road under both route options."),
    daysAgo: 21,
    hour: 17,
    body: `A council decision on the route of the planned tram extension to Caddock, expected next month, has been delayed until at least the spring because of pressure on the city's capital budget from the Tollan Bridge repair.

The council's cabinet today agreed to pause work on the business case for the 3.8km extension of line 4, which would serve around 2,400 new homes planned for the Caddock railway sidings. The public consultation, which opened almost three weeks ago, will continue as planned.

"I'd rather tell people the truth than pretend nothing has changed," said Councillor Imogen Farrant-Lees, the cabinet member for transport. "We have a bridge to fix first. The tram is not cancelled. It is waiting its turn."

> From the cabinet report: "Until the final cost of the Tollan Bridge repair and the outcome of any external funding bid are known, officers recommend that no further capital commitments are made to major transport schemes."

The decision has worried the consortium behind the Caddock Sidings development, which has said it needs certainty about public transport before it can start building the later phases.

"The first 600 homes can go ahead on the basis of buses," said Lorraine Clarke, planning director for Sidings Partnership. "The next 1,800 are designed around a tram stop. If the tram slips by years rather than months, we would need to go back and redesign."

The opposition Harbour First group said the delay put the council's housing plans at risk. Councillor Osman Teague pointed out that the sidings account for almost a fifth of the homes the city has committed to building over the next decade.

"You cannot announce a housing strategy based on a tram and then put the tram in a drawer," he said.

Residents of Foundry Road, where businesses had raised concerns about losing parking under one of the route options, had mixed views. Dev Mistry, who runs a tyre workshop on the street, said the pause "gives everyone time to think about it properly". A neighbour, florist Ottilie Brannagh, said she had hoped a tram would bring more passing trade. "Every year they talk about it, and every year it's next year," she said.

Cabinet will receive an updated report after the bridge funding bid has been decided.`,
  },
  {
    headline: "Flooding dominates a crowded Saltmarsh hustings",
    slug: "saltmarsh-hustings-flooding-dominates",
    standfirst: "More than 200 people packed the community hall to question the four by-election candidates. Few questions were about anything other than water.",
    section: "politics",
    authors: ["marguerite-oyelaran"],
    tags: ["Saltmarsh by-election","Flooding","Housing"],
    image: null,
    daysAgo: 16,
    hour: 22,
    body: `The Saltmarsh Community Hall served as a flood rest centre a fortnight ago. Tonight it was packed to the back wall for the only public hustings of the ward's by-election, and the smell of dehumidifiers still hung in the air.

Four candidates are standing to replace Councillor Gerald Penhallow: Nadia Karimova-Blake for the ruling Civic Alliance, Stuart Bellamy for Harbour First, Tobiah Grange for Coast & Country, and Winifred Osei-Tutu, the chair of the Saltmarsh Flood Action Group, who is standing as an independent.

The first question, from a woman who gave her name only as Pauline from Tern Street, set the tone. "I've got a skip outside my house for the second time in five years," she said. "What will you do in your first month that will keep the water out of my living room?"

## Pumps, gullies and promises

Ms Karimova-Blake pointed to the council's commitment to temporary pumps and monthly gully cleaning, and said she would "sit on the officers' doorstep" until the permanent pumping station was funded. Mr Bellamy said Harbour First would borrow to build it immediately, as his party had proposed in council.

Ms Osei-Tutu drew the loudest applause. "I have been to every council meeting about Brinley Brook for nine years," she said. "I've had more promises than I've had dry winters. I'm not asking you to trust a party. I'm asking you to send one of your own in there."

<blockquote class="pullquote"><p>I've had more promises than I've had dry winters.</p></blockquote>

Mr Grange argued that Saltmarsh's problem could not be solved by pumps alone, and called for paved-over front gardens to be replanted and for the council to buy up the most frequently flooded homes if owners wanted to sell.

## Building on the marsh

The other heated topic was Saltmarsh Quay, a proposal for 300 flats on low-lying land near the brook's outfall, which is due before the planning committee in the new year.

> Asked whether they would support the scheme, Mr Bellamy and Ms Osei-Tutu said no, Mr Grange said "not in its current form", and Ms Karimova-Blake said she would "wait to read the flood risk assessment before deciding".

That answer drew groans, though several people afterwards said they respected her for not promising something she might not deliver. Ahmed Farouk, who has lived in the ward for forty years, said he had not decided how to vote. "The good news is that they all know where the brook is now," he said.

Polling day is in two weeks. The count will take place overnight at the Guildhall.`,
  },
  {
    headline: "Council tax to rise 4.9% as budget protects libraries and sets aside bridge reserve",
    slug: "council-budget-tax-rise-libraries-protected",
    standfirst: "The draft budget keeps every branch library open and funds 120 new council homes, but parking charges rise and the tram extension's design budget is cut.",
    section: "politics",
    authors: ["marguerite-oyelaran"],
    tags: ["Budget","City Council","Libraries","Housing"],
    image: illustration("skyline", "A city skyline silhouetted against a pink and orange dusk", "The draft budget will go to full council for a final vote next month."),
    daysAgo: 15,
    hour: 12,
    body: `Households in Port Averill face a 4.9 per cent increase in council tax from April under draft budget proposals published this morning, taking a typical Band D bill to just over £1,900 a year.

The council's finance lead, Councillor Hal Pettigrew, said the increase was "the least bad option" after a year in which the Tollan Bridge closure, rising social care costs and flood recovery had all stretched the city's finances.

"Nobody comes into politics to put up bills," he said. "But I'm not prepared to close libraries or cut home care to avoid a difficult headline."

## The main points

- **Council tax:** up 4.9 per cent, the maximum allowed without a local referendum
- **Libraries:** all nine branches stay open; the refurbished Northgate Library reopens this weekend
- **Bridge reserve:** £3.5m moved into a ring-fenced reserve to cover Tollan Bridge costs not met by borrowing or grants
- **Housing:** £21m of borrowing to build 120 council homes on the former Quarry Lane depot
- **Flooding:** the £2.3m set aside for the Saltmarsh pumping station is protected, and £180,000 added for temporary pumps and extra gully cleaning
- **Parking:** on-street charges in the Old Town rise by 20p an hour, and Sunday charging is introduced on the waterfront
- **Trams:** the design budget for the line 4 extension cut from £1.1m to £400,000 while the scheme is paused

## Reaction

The opposition Harbour First group said it would propose an alternative budget that reduced the increase to 3.9 per cent by cutting spending on consultants and the council's communications team. "Residents are being asked to pay for the council's failure to maintain its own bridge," said Councillor Osman Teague.

Library campaigners welcomed the decision. "Two years ago we were fighting to keep three branches open," said Clementine Baird of Friends of Port Averill Libraries. "This year we're fighting about opening hours. That's progress."

> "The budget is balanced only by using £4.2m of reserves, which cannot be repeated indefinitely," warns the report from the council's chief finance officer, Rhiannon Adebisi-Crane.

Business groups were less impressed by the parking changes. The Old Town Traders' Association said Sunday charging on the waterfront would "hit exactly the visitors we need while the bridge is shut".

The budget will be scrutinised by the overview committee next week before a final vote at full council.`,
  },
  {
    headline: "City bids for £9m from national fund to help pay for Tollan Bridge repair",
    slug: "council-bids-for-coastal-towns-fund",
    standfirst: "An unusual cross-party letter backs the application to the Coastal Towns Infrastructure Fund. A decision is expected in the spring.",
    section: "politics",
    authors: ["marguerite-oyelaran"],
    tags: ["Tollan Bridge","Budget","City Council"],
    image: null,
    daysAgo: 5,
    hour: 15,
    body: `Port Averill City Council has applied for £9m from the Coastal Towns Infrastructure Fund to cover almost two thirds of the cost of repairing the Tollan Bridge, in a bid signed by the leaders of every group on the council.

The 140-page application, submitted on Friday, argues that the bridge's closure has cut the city's main tram route in two, lengthened journeys for thousands of workers and pupils, and hit trade in Eastbank, one of the city's most deprived neighbourhoods.

If successful, the grant would reduce the amount the council has to borrow for the £14.2m repair to around £5m, and would free up capital for other schemes, including the paused tram extension to Caddock and the Saltmarsh pumping station.

"This is the one thing everybody in the chamber agrees on," said the council leader, Councillor Bernadette Quayle. "We have had our arguments about how we got here. We are not going to have them in front of the people handing out the money."

The bid is accompanied by a letter signed by Councillor Quayle, opposition leader Councillor Osman Teague, and the leaders of the Coast & Country and independent groups, as well as the Averill Harbour Board, the Chamber of Commerce and the University of Port Averill.

> "Whatever our disagreements about the past, we are united in asking for help to reconnect our city," the letter says. "Every week the Tollan Bridge remains closed to trams and traffic costs Port Averill's economy an estimated £1.3m."

Councillor Teague said signing had not been a difficult decision. "I'll keep asking questions about how the bridge was allowed to get into this state," he said. "But I'd be a fool to stand in the way of nine million pounds."

The fund's published guidance, available at [example.org](https://example.org), says it prioritises projects that "restore or protect critical transport links in coastal communities". Around forty councils are thought to be competing for a share of the pot.

Officers have warned councillors not to assume success. The bid will be assessed over the winter, with an announcement expected in April. The repair itself is going ahead regardless, with scaffolding due to go up on the downstream side of the arch within days.`,
  },
  {
    headline: "Flood campaigner Winifred Osei-Tutu wins Saltmarsh by-election as Civic Alliance loses majority",
    slug: "saltmarsh-by-election-result",
    standfirst: "The independent candidate took more than 45 per cent of the vote on a turnout of almost 38 per cent, the highest in the ward for twenty years.",
    section: "politics",
    authors: ["marguerite-oyelaran"],
    tags: ["Saltmarsh by-election","City Council","Flooding"],
    image: illustration("council", "A floodlit civic building with six columns and a central dome", "The count at the Guildhall finished shortly after 3am."),
    daysAgo: 2,
    hour: 6,
    updatedHoursLater: 4,
    body: `Winifred Osei-Tutu, the chair of the Saltmarsh Flood Action Group, has won the Saltmarsh by-election as an independent, ending the Civic Alliance's overall majority on Port Averill City Council.

The result was declared at the Guildhall at 3.07am. Ms Osei-Tutu, a retired school business manager, was cheered by a group of supporters wearing yellow wellington boots, which have become the campaign's unofficial symbol.

"Saltmarsh has not elected me," she said in her acceptance speech. "Saltmarsh has elected Brinley Brook. And the brook has a list of demands."

## The result

1. Winifred Osei-Tutu (Independent): 1,842 votes, 45.3 per cent
2. Nadia Karimova-Blake (Civic Alliance): 1,106 votes, 27.2 per cent
3. Stuart Bellamy (Harbour First): 861 votes, 21.2 per cent
4. Tobiah Grange (Coast & Country): 254 votes, 6.2 per cent

Turnout was 37.8 per cent, up from 31 per cent at the last full election. The Civic Alliance had held the seat for fourteen years.

<blockquote class="pullquote"><p>Saltmarsh has not elected me. Saltmarsh has elected Brinley Brook.</p></blockquote>

## What it means for the council

The Civic Alliance now holds 24 of 48 seats and will run the council as a minority administration. It will need the support of at least one councillor from another group to pass the budget next month.

The council leader, Councillor Bernadette Quayle, congratulated Ms Osei-Tutu and said her door was open. "The people of Saltmarsh have sent a very clear message, and it's not a complicated one," she said. "Fix the drainage."

> Update, 10:00: Councillor Osei-Tutu has told the Ledger she will not join any group, but will support "any budget that puts a spade in the ground at Brinley Brook this year". Both main groups have asked to meet her this week.

Opposition leader Councillor Osman Teague said the result showed voters had "lost faith in the Civic Alliance", though his own party's share also fell compared with the last full election.

The [hustings two weeks ago](/politics/saltmarsh-hustings-flooding-dominates/) were dominated by flooding and the proposed Saltmarsh Quay flats, and Ms Osei-Tutu's campaign leaflets carried a photograph of her own flooded hallway. Nadia Karimova-Blake, who came second, said she had "no regrets" about her campaign. "I said I'd read the flood report before promising anything," she said. "I still think that was the right answer."

Councillor Osei-Tutu will take her seat at the next full council meeting.`,
  },
];
