/** Original demo newsroom content for a fictional city paper; written for Dateline, copied from nowhere. */

// The Harbour Ledger is an invented newspaper serving the invented city of Port Averill.
// Every person, place, company, club and council named below is fictional.

export interface DemoSection { name: string; slug: string; description: string }
export interface DemoAuthor { name: string; slug: string; bio: string }
export interface DemoImage { file: string; alt: string; caption: string; credit: string; width: number; height: number }
export interface DemoArticle {
  headline: string;
  slug: string;            // kebab-case, ascii, unique
  standfirst: string;      // one or two sentences
  section: string;         // a DemoSection slug
  authors: string[];       // 1-2 DemoAuthor slugs
  tags: string[];          // 2-4 tag names, reused across articles so that tags group related stories
  image: DemoImage | null; // most articles have one
  daysAgo: number;         // 0..40, spread over recent weeks (several on the same day is fine)
  hour: number;            // 6..22, local publishing hour
  updatedHoursLater?: number; // some articles were updated after publication
  body: string;            // Markdown
}

const DESK = "Illustration: Ledger graphics desk";

/** Builds a 1200x675 demo illustration reference. */
function illustration(name: string, alt: string, caption: string, credit: string = DESK): DemoImage {
  return { file: `/static/demo/${name}.svg`, alt, caption, credit, width: 1200, height: 675 };
}

export const DEMO_SECTIONS: DemoSection[] = [
  { name: "News", slug: "news", description: "Breaking news and everyday stories from Port Averill's streets, wards and waterfront." },
  { name: "Politics", slug: "politics", description: "City hall, the council chamber and the decisions that shape how Port Averill is run." },
  { name: "Business", slug: "business", description: "The city's economy, from the shipyard and the port to high-street traders and university start-ups." },
  { name: "Science", slug: "science", description: "Research, environment and discovery from the University of Port Averill and the waters around the city." },
  { name: "Culture", slug: "culture", description: "Theatre, music, film, books and the people who make Port Averill's cultural life." },
  { name: "Sport", slug: "sport", description: "Averill Rovers, rowing on the harbour and the grassroots clubs that keep the city playing." },
];

export const DEMO_AUTHORS: DemoAuthor[] = [
  {
    name: "Priya Venkataraman",
    slug: "priya-venkataraman",
    bio: "Priya Venkataraman is the Ledger's news editor and has covered Port Averill for eleven years, starting on the overnight desk. She still answers the tip line herself on Sunday mornings.",
  },
  {
    name: "Łukasz Zieliński",
    slug: "lukasz-zielinski",
    bio: "Łukasz Zieliński covers transport and infrastructure, which in Port Averill mostly means anything that crosses the harbour. Before joining the Ledger he was a site engineer on the Eastbank flood wall.",
  },
  {
    name: "Marguerite Oyelaran",
    slug: "marguerite-oyelaran",
    bio: "Marguerite Oyelaran is the Ledger's city hall correspondent and writes the weekly Chamber Notes column. She has sat through more budget scrutiny committees than she cares to count.",
  },
  {
    name: "Nguyễn Thị Lan",
    slug: "nguyen-thi-lan",
    bio: "Nguyễn Thị Lan reports on business, the port economy and the people who keep the city's high streets open. She grew up above her family's bakery on Quarry Lane.",
  },
  {
    name: "Zoë Harcastle",
    slug: "zoe-harcastle",
    bio: "Zoë Harcastle is the Ledger's science and environment correspondent. She trained as a marine biologist and still keeps a tide table pinned above her desk.",
  },
  {
    name: "Amélie Fournier-Reid",
    slug: "amelie-fournier-reid",
    bio: "Amélie Fournier-Reid edits the culture pages and reviews theatre, film and the occasional brass band. She lives in the Old Town, three doors from a rehearsal room.",
  },
  {
    name: "Declan Moorcroft",
    slug: "declan-moorcroft",
    bio: "Declan Moorcroft has followed Averill Rovers home and away for fourteen seasons as the Ledger's sports editor. He also covers rowing on the harbour, usually from a very cold pontoon.",
  },
  {
    name: "Ruth Achterberg",
    slug: "ruth-achterberg",
    bio: "Ruth Achterberg reports on health, schools and the public services families rely on. She spent six years teaching secondary science in Caddock before moving into journalism.",
  },
];

export const DEMO_ARTICLES: DemoArticle[] = [
  // ───────────────────────────── NEWS ─────────────────────────────
  {
    headline: "Consultation opens on extending tram line 4 to Caddock Sidings",
    slug: "tram-line-4-extension-consultation-opens",
    standfirst: "Residents have eight weeks to comment on a 3.8km extension that would link Northgate with 2,400 planned homes on the old railway sidings.",
    section: "news",
    authors: ["lukasz-zielinski"],
    tags: ["Trams", "Transport", "Housing"],
    image: illustration("tram", "A teal tram with yellow stripe beneath overhead wires on a sunny street", "Line 4 trams currently terminate at Northgate Circus."),
    daysAgo: 40,
    hour: 9,
    body: `Port Averill's tram network could grow for the first time in almost twenty years under plans published yesterday for an extension of line 4 from Northgate Circus to the former Caddock railway sidings.

The 3.8km route would add six stops, run along the length of Foundry Road and end at a new terminus beside the sidings, where developers have outline permission for around 2,400 homes, a primary school and a health centre. Port Averill Tramways estimates the journey from Caddock to the Old Town would take 22 minutes, compared with 41 minutes by the current number 17 bus.

"Caddock was built around a railway and then the railway left," said Imogen Farrant-Lees, the council's cabinet member for transport. "If we are going to put thousands of new households on that land, they need a way into the city that does not involve sitting in traffic on the ring road."

## What is being proposed

The consultation document sets out two options for the section between Foundry Road and the sidings. Option A runs on-street past Caddock Market; option B uses the old goods line embankment, which is cheaper but further from existing homes. The council says it has no preferred option.

> "We would expect construction to take around three years from a final decision, subject to funding being secured," the consultation document says.

The estimated cost is between £112m and £138m. The council hopes developers at the sidings will contribute, alongside a bid to central government.

## Have your say

Drop-in sessions with maps and engineers will be held at:

- Caddock Community Centre, Tuesday and Thursday evenings for the next three weeks
- Northgate Library's temporary site on Vane Street, Saturday mornings
- The Foundry Road Methodist hall, by appointment for groups

Responses can also be submitted online at [the consultation portal](https://example.org). Not everyone is enthusiastic. Dev Mistry, who runs a tyre workshop on Foundry Road, said option A would remove the on-street parking his customers depend on. "I am not against trams," he said. "I am against losing half my business for three years while they lay them."

The consultation closes in eight weeks. A report on the responses is due to go to the full council in the spring.`,
  },
  {
    headline: "Tollan Bridge closed to all traffic after inspectors find severe corrosion",
    slug: "tollan-bridge-closed-after-inspection",
    standfirst: "The 1936 steel arch that carries Harbour Road between the Old Town and Eastbank shut at 5am after engineers found corroded hangers and a failing bearing.",
    section: "news",
    authors: ["lukasz-zielinski", "priya-venkataraman"],
    tags: ["Tollan Bridge", "Transport", "Harbour"],
    image: illustration("bridge", "A red steel arch bridge over grey-green water with yellow scaffolding beneath the deck", "The Tollan Bridge has carried Harbour Road across the harbour since 1936."),
    daysAgo: 38,
    hour: 7,
    updatedHoursLater: 5,
    body: `The Tollan Bridge was closed to vehicles, trams, cyclists and pedestrians early this morning after a routine inspection found what the council described as "significant section loss" in several of the steel hangers that hold up the deck.

Barriers went up at both ends of the bridge shortly before 5am. By the morning rush hour police were turning traffic away at the Harbour Road roundabout, and tram route 2, which crosses the bridge, was split into two separate services terminating at Customs Steps and Eastbank Parade.

Around 31,000 vehicles and 4,500 people on foot or by bike cross the bridge on a normal weekday. The signed diversion via the Marrowby ring road adds about six kilometres to the journey.

## What the inspectors found

The council's principal bridge engineer, Fenella Drury, said the problem was discovered during a scheduled underwater and at-height inspection that began last week. Engineers found that four of the 28 vertical hangers on the downstream side had lost more than a third of their original thickness where they meet the deck, and that the bearing at the Eastbank abutment had seized.

"The bridge is not about to fall down," Ms Drury said. "But the margins we rely on are not there at the moment, and I am not prepared to put a loaded tram across it until we understand exactly why."

<blockquote class="pullquote"><p>The bridge is not about to fall down. But the margins we rely on are not there at the moment.</p></blockquote>

She said a full structural assessment would take at least two weeks, and would not give a date for reopening.

## Disruption across the city

The closure caught many commuters by surprise. At Customs Steps, nurse Ama Oduro said her usual 12-minute walk to Averill General had become a 50-minute bus journey. "Nobody told us anything until we got to the barrier," she said.

> Update, 12:10: The council says Eastbank Academy and Old Town Grammar will both open as normal. Pupils who cannot reach school should be marked as authorised absent today.

The council leader, Bernadette Quayle, said an emergency meeting would be held "within days" and that the authority would look at temporary crossings, including a ferry shuttle. Averill Harbour Board confirmed that shipping movements under the bridge were not affected.

The Ledger will publish updates as the council releases further information.`,
  },
  {
    headline: "Eastbank pupils face doubled school run as bridge closure bites",
    slug: "eastbank-school-run-doubles-bridge-closure",
    standfirst: "Families on both sides of the harbour describe 6am alarms and missed breakfasts, as schools relax late marks while the Tollan Bridge stays shut.",
    section: "news",
    authors: ["ruth-achterberg"],
    tags: ["Tollan Bridge", "Schools", "Transport"],
    image: null,
    daysAgo: 35,
    hour: 8,
    body: `At 6.40am on a wet Friday, eleven-year-old Joachim Beaumont was already on his second bus. Last week his journey from Eastbank to Old Town Grammar took a quarter of an hour on the number 2 tram. Since the [Tollan Bridge closed](/news/tollan-bridge-closed-after-inspection/), it takes him more than an hour, via a change at Marrowby interchange.

"He is asleep on his feet by Thursday," said his mother, Esther Beaumont. "He's not complaining, he thinks it's an adventure. I'm the one who's complaining."

About 1,100 pupils cross the harbour every day to reach school, according to the council's education department, in both directions: Eastbank Academy draws heavily from the Old Town, while the two grammar-stream schools on the western side take many Eastbank children.

Both Eastbank Academy and Old Town Grammar have stopped recording late marks for pupils whose journeys involve the harbour, and breakfast clubs at both schools have been extended to serve pupils who arrive early after catching the only practical bus.

Maureen Bright, head of Eastbank Academy, said attendance had held up better than she expected. "Our families are resourceful," she said. "But goodwill runs out. We need to know how long this is going to last, and at the moment nobody can tell us."

> A letter sent to parents by the council's education department on Wednesday said: "We are working with Port Averill Tramways and bus operators to add capacity at peak times and will write again as soon as the structural assessment is complete."

Extra buses have been added on the 14 and 31 routes between 7am and 9am, but parents at the Marrowby interchange said they were often full by the time they reached the Eastbank side.

Some families have started walking groups to the bus stops, and a parent-run messaging group for the Hollins Hill area now has more than 300 members swapping lift offers. Rafaela Sørensen, who set it up, said most messages were practical. "Who's driving at seven, whose child has the spare key, which bus actually turned up," she said. "It's a village noticeboard with a bridge-shaped hole in it."

The council has said it is looking at a temporary passenger ferry across the harbour, which would put Eastbank Academy within a 15-minute walk of the Old Town landing at Customs Steps.`,
  },
  {
    headline: "Storm floods more than 120 homes in Saltmarsh as Brinley Brook overtops",
    slug: "storm-floods-saltmarsh-homes",
    standfirst: "Sixty-four millimetres of rain fell in six hours overnight, coinciding with a high spring tide. Residents were evacuated from three streets and Saltmarsh Primary is closed.",
    section: "news",
    authors: ["priya-venkataraman"],
    tags: ["Flooding", "Weather", "Schools"],
    image: illustration("rain", "Dark clouds and slanting rain over small houses, with a red umbrella standing in flooded ground", "Heavy rain fell across the city for most of the night."),
    daysAgo: 30,
    hour: 6,
    updatedHoursLater: 9,
    body: `More than 120 homes in Saltmarsh were flooded overnight after a band of torrential rain stalled over the city, sending Brinley Brook over its banks just as the harbour reached one of the highest tides of the year.

Firefighters and council staff evacuated residents from Reedmace Lane, Tern Street and the lower end of Marsh Road shortly after 1am. Thirty-eight people spent the night at Saltmarsh Community Hall, which opened as a rest centre. No injuries were reported.

The city's rain gauge at Kittiwake Point recorded 64mm of rain between 9pm and 3am, more than a typical month's total for this time of year.

"The water came up through the floor before it came in the door," said Halima Greaves, who has lived on Tern Street for 26 years. "By the time we'd carried the photographs upstairs it was over the skirting boards. This is the third time. The third time."

<blockquote class="pullquote"><p>The water came up through the floor before it came in the door. This is the third time.</p></blockquote>

Area manager Colm Devaney of the Port Averill fire service said crews had pumped water from more than 40 properties and rescued two people from a car stranded on the Marsh Road underpass. "Please do not drive into floodwater," he said. "Thirty centimetres of moving water is enough to float a car."

> Update, 15:00: Saltmarsh Primary School will remain closed tomorrow after water entered the hall and two classrooms. Parents will be contacted directly about arrangements for the rest of the week.

## Help and advice

The council has set up a flood helpline and is offering emergency grants of £500 to affected households. Its advice for residents is:

1. Do not switch on electrics that have been in contact with water until they have been checked.
2. Photograph damage and keep receipts before throwing anything away, for insurance claims.
3. Treat floodwater as contaminated; wear gloves and wash hands thoroughly.
4. Report blocked drains and gullies so crews can clear them before the next high tide.

Skips will be placed on the worst-affected streets from tomorrow morning. The council leader, Bernadette Quayle, visited the rest centre and promised a review of the area's drainage. Residents told her they had heard that before.

The Saltmarsh Flood Action Group, which has campaigned for a pumping station at the brook's outfall for almost a decade, will hold a public meeting on Friday.`,
  },
  {
    headline: "Free harbour ferry shuttle starts as bridge closure drags on",
    slug: "harbour-ferry-shuttle-launches",
    standfirst: "Two boats will run every fifteen minutes between Customs Steps and Eastbank Pier, funded by the council until the Tollan Bridge reopens to pedestrians.",
    section: "news",
    authors: ["lukasz-zielinski"],
    tags: ["Tollan Bridge", "Harbour", "Transport"],
    image: illustration("harbour", "A harbour at sunset with a crane, a small container ship and a white sailboat", "The shuttle crosses the inner harbour in about six minutes."),
    daysAgo: 27,
    hour: 11,
    body: `A free passenger ferry began crossing Averill Harbour at 6.30 this morning, offering the first direct link between the Old Town and Eastbank since the [Tollan Bridge was closed](/news/tollan-bridge-closed-after-inspection/) eleven days ago.

The shuttle, run by Averill Ferries under an emergency contract with the council, uses two 60-seat launches normally chartered for harbour tours. Boats leave Customs Steps and Eastbank Pier every 15 minutes from 6.30am to 8pm on weekdays and every 30 minutes at weekends. The crossing takes about six minutes.

By 8am queues stretched along the Customs Steps pontoon, but staff said nobody had waited for more than one sailing. Skipper Barnaby Ellingham said the first few runs had been "full, cheerful and slightly damp".

<blockquote class="pullquote"><p>It is the first time in years I've actually looked at the harbour on the way to work.</p></blockquote>

Among the first passengers was Constance Yeboah, a pharmacist who lives in Eastbank and works on Chandlers Row. "I was getting two buses and it took me an hour," she said. "This is ten minutes door to door. It is the first time in years I've actually looked at the harbour on the way to work."

Each launch can carry four bicycles and has a level boarding ramp. However, campaigners said the Eastbank Pier gangway was too steep at low tide for many wheelchair users.

> "We welcome the ferry but it cannot be the only answer for disabled people," said a statement from Port Averill Access Forum. "At low water the ramp at Eastbank is not safely usable without assistance."

The council said staff would be on hand to help at both landings and that an accessible minibus would run between the two landings on request.

The contract is expected to cost around £38,000 a week. Councillor Imogen Farrant-Lees, cabinet member for transport, said that was "a price worth paying" while engineers worked on a plan for the bridge. Averill Ferries' operations manager, Wendell Kwan, said the company could add a third boat at peak times if demand kept growing.

Harbour Board officials have set a temporary speed limit in the inner harbour and asked leisure craft to keep clear of the ferry route during operating hours.`,
  },
  {
    headline: "Averill General opens £18m urgent care wing after two-year build",
    slug: "averill-general-urgent-care-wing-opens",
    standfirst: "The new wing will treat minor injuries and illnesses separately from the emergency department, which the hospital hopes will cut waits during the winter peak.",
    section: "news",
    authors: ["ruth-achterberg"],
    tags: ["Health", "Budget"],
    image: null,
    daysAgo: 20,
    hour: 14,
    body: `Patients with sprains, cuts, fevers and other urgent but not life-threatening problems will from Monday be seen in a new £18m urgent care wing at Averill General Hospital, rather than in the main emergency department.

The two-storey building on the hospital's Kestrel Road side has 22 treatment bays, its own X-ray suite and a separate children's waiting area with a view over the allotments. It will open from 8am to midnight, seven days a week.

"Roughly four in ten people who walk into our emergency department could be safely treated somewhere quieter and faster," said Dr Farid Lenormand, the hospital's medical director. "Until now there hasn't been anywhere else for them to go. Now there is."

## Waits and winter

Last winter, the hospital's emergency department regularly saw patients waiting more than six hours. Hospital managers hope that streaming minor cases to the new wing will free space and staff for the sickest patients.

> "The test of this building is not the ribbon-cutting. It is what happens on a Monday night in January," said Nell Sowerby, who chairs the Port Averill Patients' Panel.

Around 60 new posts have been created, including nurse practitioners, radiographers and reception staff. Recruitment has been mostly successful, the hospital said, though it is still short of four senior nurses and is relying on agency staff to fill gaps for the first few months.

The project was paid for largely from national capital funds, with £2.5m from the city council. That contribution was agreed before the Tollan Bridge closure put pressure on the council's capital budget, and a council spokesperson confirmed it was not affected.

## Getting there

The new wing has its own entrance and drop-off point on Kestrel Road. Bus routes 9 and 31 stop outside. Patients from Eastbank have been advised to allow extra time while the bridge remains closed, or to use the free harbour ferry and walk up from Customs Steps, which takes about 15 minutes.

Staff nurse Yusra Adeyemi, who moved from the emergency department to lead the wing's first shift pattern, said the team had spent two weeks rehearsing with volunteers playing patients. "We've had pretend broken wrists, pretend wasp stings and one very convincing pretend toddler," she said. "On Monday it's real, and we're ready."`,
  },
  {
    headline: "Pedestrians and cyclists back on the Tollan Bridge as temporary props go in",
    slug: "tollan-bridge-reopens-to-pedestrians",
    standfirst: "The upstream footway reopened at 7am, twenty-six days after the bridge was shut. Vehicles and trams remain barred until repairs are complete next year.",
    section: "news",
    authors: ["lukasz-zielinski"],
    tags: ["Tollan Bridge", "Transport"],
    image: illustration("bridge", "A steel arch bridge with a temporary yellow support tower beneath its centre", "Temporary steel props now carry part of the load beneath the deck."),
    daysAgo: 12,
    hour: 10,
    updatedHoursLater: 3,
    body: `People on foot and on bikes were able to cross the Tollan Bridge again this morning, after engineers installed temporary steel props beneath the deck and fenced off the damaged downstream side.

A steady stream of people crossed from 7am, many stopping to photograph the harbour from a viewpoint they had not had for almost a month. Cyclists are being asked to dismount on the narrowest section near the Eastbank abutment.

"It feels like the city has been stitched back together, even if the stitches are a bit temporary," said Leonora Kabbah, who was walking her two dogs across before work.

## What is open and what is not

- **Open:** the upstream (northern) footway, for pedestrians, wheelchair users and cyclists who dismount where signed, 24 hours a day
- **Closed:** both carriageways, the tram tracks and the downstream footway
- **Still running:** the free harbour ferry shuttle, now every 20 minutes at peak times rather than every 15
- **Unchanged:** the vehicle diversion via the Marrowby ring road, and the split tram route 2

The council's principal bridge engineer, Fenella Drury, said the props would carry enough load for foot traffic but nowhere near enough for buses or trams. "We have taken the weight off the worst of the hangers," she said. "That buys us time and lets people cross safely. It does not fix anything."

> Update, 13:00: The council has confirmed that mobility scooters may use the upstream footway. An earlier notice at the Old Town end saying otherwise was wrong and has been removed.

The permanent repair, approved by the council ten days ago, involves replacing eight hangers and both Eastbank bearings. Contractors are expected to begin putting up scaffolding in the next fortnight, with vehicles not expected back on the bridge until late next year.

Traders on Eastbank Parade, who have reported steep falls in trade, said the reopening was a relief. Renata Szabó-Lowe of the Tollgate Café, near the bridge's eastern end, said she had sold more takeaway coffees by 9am than on any day since the closure. "People are walking past the door again," she said. "That's all we ever needed."`,
  },
  {
    headline: "Fire guts disused Victorian warehouse on the Old Wharves",
    slug: "fire-guts-disused-warehouse-old-wharves",
    standfirst: "Around fifty firefighters tackled the blaze at Warehouse 11, a listed grain store that has stood empty for nearly two decades. Neighbouring buildings were saved.",
    section: "news",
    authors: ["priya-venkataraman"],
    tags: ["Heritage", "Harbour"],
    image: illustration("skyline", "Dark silhouettes of waterfront buildings against a red and orange evening sky", "Smoke was visible across the harbour for much of the evening."),
    daysAgo: 7,
    hour: 21,
    updatedHoursLater: 11,
    body: `A fire that broke out at a long-empty grain warehouse on the Old Wharves this evening destroyed its roof and upper floors, sending a plume of smoke across the harbour that could be seen from Hollins Hill.

The alarm was raised at about 6.15pm by a dog walker on Wharf Street. At the height of the blaze ten fire engines and around fifty firefighters were at the scene, along with an aerial ladder platform brought from Marrowby station. Nobody was hurt.

Warehouse 11, built in the 1870s for the grain trade, is one of the last intact brick stores on the waterfront and is listed for its cast-iron interior frame. It has been empty since a plan to turn it into flats collapsed nearly twenty years ago.

"Crews worked very hard to stop the fire spreading to Warehouse 9 and Warehouse 7 on either side, and they succeeded," said area manager Colm Devaney. "Warehouse 11 itself is badly damaged. Whether it can be saved is now a question for the structural engineers."

> Update, 08:00 next day: Wharf Street remains closed between Tarry Lane and the swing gate while engineers assess whether the warehouse's front wall is stable. Fire investigators will begin work when the building is declared safe to enter.

The cause of the fire is not yet known. Neighbours said young people had been seen going in and out of the building in recent months, though police said there was no evidence at this stage that the fire was started deliberately.

Warehouse 7, next door, was only yesterday announced as the site for a new manufacturing plant by the university spin-out Tidewrack Materials. Its chief executive, Joanna Pell, said the company had been told the building was undamaged. "Our thoughts are with the firefighters, and with everyone who cares about the wharves," she said.

Mireille Dunn of the Port Averill Civic Society, which has campaigned for years for Warehouse 11 to be repaired, said she watched the fire from the quayside. "We have been warning for years that an empty building with no roof maintenance and no security was a building waiting to be lost," she said. "I hope the walls can be saved. If they can, there's still a building there."

The owners of the site, a property company registered in Marrowby, could not be reached for comment.`,
  },
  {
    headline: "Scaffolding rises on the Tollan Bridge as fourteen-month repair begins",
    slug: "scaffolding-rises-on-tollan-bridge",
    standfirst: "Contractors have started wrapping the downstream side of the arch in scaffolding and sheeting, the first visible sign of the permanent repair.",
    section: "news",
    authors: ["lukasz-zielinski"],
    tags: ["Tollan Bridge", "Harbour", "Environment"],
    image: illustration("bridge", "A red arch bridge over the harbour with a yellow scaffold tower at its centre", "Scaffolding will eventually cover the entire downstream face of the arch."),
    daysAgo: 1,
    hour: 16,
    body: `For the first time since the Tollan Bridge was shut in the early hours more than five weeks ago, the work to fix it can be seen from the quayside.

A crane barge moored alongside the Eastbank abutment began lifting scaffold sections on to the downstream side of the bridge yesterday, and by this afternoon a lattice of tubes and boards reached a third of the way up the arch. Over the coming weeks the whole downstream face will be wrapped in white sheeting so that workers can blast the old paint and cut out the corroded hangers without dropping debris into the water.

"It is a good feeling to be building something rather than just measuring things," said Agnieszka Rowe, managing director of Broadwater Structural, the Caddock firm carrying out the £11.6m repair contract. "This is a bridge a lot of our own staff grew up crossing."

## The order of work

The contractor has published a programme that runs for fourteen months:

1. Scaffolding and containment on the downstream side, about six weeks
2. Removal and replacement of eight hangers, one at a time, with temporary cables holding the deck
3. Jacking the deck to replace both bearings at the Eastbank abutment
4. Repeat of the containment and blasting on the upstream side
5. Repainting, resurfacing, and load testing before trams return

The upstream footway will stay open throughout most of the programme, though it will close for up to four weekends during the bearing replacement.

<figure><img src="/static/demo/harbour.svg" alt="A crane and a small ship in the harbour at sunset" width="1200" height="675"><figcaption>Work barges will be moored in the inner harbour for much of next year. Illustration: Ledger graphics desk</figcaption></figure>

## Watching the water

The floating work platform has been positioned to avoid the seagrass bed that researchers say has recovered along the Eastbank shore. A floating silt curtain has been installed around the barge's spud legs, and divers from the University of Port Averill will check the meadow monthly.

> "Every cut, every blast and every mooring is logged," the contractor's environmental plan says. "If monitoring shows harm, work in that zone will stop until the cause is found."

Passers-by on the footway were mostly glad to see progress. "Five weeks of staring at a fence," said retired docker Teodor Vasiliu, who crosses the bridge on his daily walk. "At least now there is something to look at."`,
  },
  // ──────────────────────────── POLITICS ────────────────────────────
  {
    headline: "Bridge drainage repairs were deferred twice, emergency council meeting told",
    slug: "council-emergency-meeting-tollan-bridge",
    standfirst: "Engineers say water from blocked deck drains ran down the Tollan Bridge's hangers for years. The opposition wants an independent inquiry into why earlier warnings were not acted on.",
    section: "politics",
    authors: ["marguerite-oyelaran"],
    tags: ["Tollan Bridge", "City Council", "Budget"],
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
    tags: ["Saltmarsh by-election", "City Council", "Flooding"],
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
    authors: ["marguerite-oyelaran", "zoe-harcastle"],
    tags: ["Flooding", "City Council", "Budget"],
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
    authors: ["marguerite-oyelaran", "lukasz-zielinski"],
    tags: ["Tollan Bridge", "City Council", "Budget"],
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
    tags: ["Trams", "City Council", "Housing"],
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
    tags: ["Saltmarsh by-election", "Flooding", "Housing"],
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
    tags: ["Budget", "City Council", "Libraries", "Housing"],
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
    tags: ["Tollan Bridge", "Budget", "City Council"],
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
    tags: ["Saltmarsh by-election", "City Council", "Flooding"],
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
  // ──────────────────────────── BUSINESS ────────────────────────────
  {
    headline: "Eastbank traders count the cost as bridge closure cuts footfall by almost half",
    slug: "eastbank-traders-count-cost-of-bridge-closure",
    standfirst: "Cafés, shops and a veterinary practice near the eastern end of the Tollan Bridge say takings have collapsed, and some fear they will not survive a long closure.",
    section: "business",
    authors: ["nguyen-thi-lan"],
    tags: ["Tollan Bridge", "Small business"],
    image: illustration("market", "Three market stalls with striped awnings in coral, teal and yellow", "Eastbank Parade relies heavily on people walking to and from the bridge."),
    daysAgo: 36,
    hour: 12,
    body: `Renata Szabó-Lowe has kept a tally of every coffee sold at the Tollgate Café since she opened it seven years ago. On the Monday before the Tollan Bridge closed she sold 412. Yesterday she sold 139.

"The morning trade was the bridge," she said, gesturing at the barrier thirty metres from her window. "People walked across, they stopped here, they walked on to work. Now there is nobody walking across."

Two days after the bridge was shut to all traffic, the Ledger spoke to more than a dozen businesses on Eastbank Parade and the streets around the bridge's eastern approach. Almost all reported a sharp fall in trade. The Eastbank Business Association, which surveyed its 64 members over the past two days, said average footfall was down 45 per cent on the same week last year.

## Who is hit hardest

The businesses suffering most are those that depend on passing pedestrians: cafés, a newsagent, a dry cleaner and two sandwich shops. Businesses with loyal local customers, such as the hardware shop and the hairdressers, said they were less affected so far.

"My regulars still come, they just grumble more," said Teodora Mancuso, who runs Eastbank Hair on the corner of Ropewalk Street. "The walk-ins have gone."

<blockquote class="pullquote"><p>The morning trade was the bridge. Now there is nobody walking across.</p></blockquote>

Others face extra costs as well as lost income. Rashid Olumide, a vet whose practice sits beside the bridge approach, said two of his staff now spent an extra hour a day driving round via the ring road. "I'm paying people to sit in traffic," he said.

## Calls for help

The business association has asked the council for a business rates holiday for premises within 500 metres of the bridge, and for a temporary pedestrian crossing as soon as possible.

> "A closure of a few weeks is painful. A closure of months, without support, will close businesses that have been here for generations," said the association's chair, Hamish Ross, in a letter to the council leader.

The council said it was "looking urgently" at support options and would set out proposals at an emergency meeting this week.

Ms Szabó-Lowe has started offering a free pastry with every coffee to anyone who shows a ferry or bus ticket, though no ferry yet exists. "Optimism," she said. "I'll be ready when it comes."`,
  },
  {
    headline: "Callender & Rusk wins £48m order for two hybrid island ferries",
    slug: "callender-rusk-wins-ferry-order",
    standfirst: "The contract secures around 160 jobs at the city's last shipyard for three years and will create 40 apprenticeships.",
    section: "business",
    authors: ["nguyen-thi-lan"],
    tags: ["Shipbuilding", "Harbour"],
    image: illustration("harbour", "A shipyard crane and a cargo vessel in the harbour at dusk", "Callender & Rusk has built ships on the Averill waterfront since 1871."),
    daysAgo: 30,
    hour: 10,
    body: `Port Averill's last working shipyard has won a £48m contract to build two hybrid diesel-electric ferries for the Skerrin Isles Ferry Company, the biggest order the yard has secured in more than a decade.

Callender & Rusk, which has built vessels on the Averill waterfront since 1871, will begin cutting steel for the first ship next summer. Both ferries are due for delivery within three years. Each will carry up to 250 passengers and 40 cars, and will be able to sail the final approach to the islands' harbours on battery power alone.

"There were times in the last ten years when I did not know if the yard would still be here," said the managing director, Gordon Alvarez-Kerr. "Today I know it will be, and I know it will be building the kind of ships the next thirty years need."

## What the contract means

According to the company, the order will:

- secure about 160 existing jobs at the yard until at least the delivery of the second ship
- create 40 apprenticeships in welding, electrical engineering and naval architecture
- bring an estimated £9m of work to local suppliers, including steel fabricators and fitting-out firms
- require investment of £2.5m in a new covered assembly hall on the yard's north slipway

The yard beat competition from two larger builders overseas. Skerrin Isles' chief executive, Margit Håkansson, said the decision was based on price and technical quality, but admitted that "it did not hurt that their engineers could be on our quayside in two hours".

> "The last ferry we bought was built on the other side of the world and we spent years sorting out spare parts. We wanted a yard we could drive to," Ms Håkansson said.

Shona MacAteer, the union convener at the yard, said the mood on the shop floor was one of relief. "People have been on short-term contracts, waiting to see what happens," she said. "Now they can book a holiday."

The yard has already started recruiting for the apprenticeships, which will be run with Port Averill College. The company said it particularly wanted to hear from women and from school leavers in Eastbank and Caddock.

The order comes as the Corn Exchange Theatre stages a new play set in the yard during the 1950s, and as the Museum of the Wharves plans an exhibition on its history. Mr Alvarez-Kerr joked that the yard was "suddenly fashionable". "We've been here all along," he said.`,
  },
  {
    headline: "Averill Rovers owners confirm talks with potential buyers after £1.9m loss",
    slug: "rovers-owners-open-talks-with-buyers",
    standfirst: "The Fairweather family, which has owned the club for 31 years, says it can no longer fund the repairs Cable Street needs. The supporters' trust wants a seat at the table.",
    section: "business",
    authors: ["nguyen-thi-lan", "declan-moorcroft"],
    tags: ["Averill Rovers", "Football"],
    image: illustration("stadium", "A floodlit football stadium with terracotta stands curving around a green pitch", "The Harbour End stand at Cable Street needs a new roof."),
    daysAgo: 20,
    hour: 9,
    body: `The owners of Averill Rovers have confirmed they are in talks with two potential buyers, after accounts published this week showed the club lost £1.9m last season.

Chairman Lorcan Fairweather, whose father bought the club 31 years ago, said the family had put more than £6m into Rovers over that time and could not fund the cost of repairs needed at the Cable Street Ground, including a new roof for the Harbour End stand, estimated at £4m.

"My father bought this club to save it, and he did," Mr Fairweather said in a statement. "Our family has kept it going through two relegations and one very good promotion. But the club needs more than we can give it now, and it would be wrong to pretend otherwise."

## Who might buy

Mr Fairweather would not name the interested parties. The Ledger understands one is a consortium of local business people that includes the founder of a Marrowby logistics firm, and the other is an investment group based abroad that owns stakes in several lower-league clubs.

The accounts show turnover of £5.4m, with wages accounting for 78 per cent. The club owes the Fairweather family £3.2m in loans, which the family has said it would convert into shares or write off as part of any sale.

> "The directors believe that, with appropriate investment, the club can continue as a going concern. Without such investment, the board would need to take significant steps to reduce costs," the accounts state.

## Supporters want a voice

The Averill Rovers Supporters' Trust, which has around 2,300 members, said it wanted any new owner to sign up to a fan charter, including a guarantee that the club would stay at Cable Street and a place for a supporter-elected director on the board.

"We've seen what happens elsewhere when clubs are sold to people nobody has met," said the trust's chair, Gwendolyn Afolabi-Marsh. "We're not against a sale. We're against a sale that happens without the people who actually fill the ground."

The trust has also asked the council to list Cable Street as an asset of community value, which would give supporters time to put together a bid if the ground itself were ever put up for sale.

On the pitch, manager Gideon Thwaite said the players had been told about the talks. "They're professionals," he said. "What they can control is the next ninety minutes, and I've asked them to control those better than they have been."`,
  },
  {
    headline: "Seaweed packaging start-up Tidewrack Materials raises £3.1m",
    slug: "tidewrack-materials-raises-funding",
    standfirst: "The University of Port Averill spin-out makes a clear, compostable film from kelp farmed off Kittiwake Point. The new money will take it from the lab bench to a pilot production line.",
    section: "business",
    authors: ["nguyen-thi-lan"],
    tags: ["Start-ups", "University of Port Averill", "Environment"],
    image: illustration("lab", "A conical flask of teal liquid and a test tube of amber liquid against a dark teal background", "Tidewrack's film is made from alginate extracted from farmed kelp."),
    daysAgo: 19,
    hour: 8,
    body: `A company founded three years ago in a borrowed corner of a University of Port Averill chemistry lab has raised £3.1m to start making its seaweed-based packaging film at scale.

Tidewrack Materials extracts alginates and other compounds from sugar kelp grown on ropes off Kittiwake Point and turns them into a thin, transparent film that can wrap sandwiches, line food trays and seal coffee bags. The company says the film breaks down in a home compost heap within eight weeks.

The funding round was led by Ferrule Ventures, with the university's Harbourside Innovation Fund and a group of private investors also taking part.

"We have proved we can make a few hundred metres of film that works," said the chief executive, Joanna Pell. "What we haven't proved yet is that we can make a few hundred kilometres of it, every week, at a price a sandwich shop will pay. That is what this money is for."

<blockquote class="pullquote"><p>What we haven't proved yet is that we can make a few hundred kilometres of it, every week, at a price a sandwich shop will pay.</p></blockquote>

## From the lab to the coast

The technology was developed by Dr Ingrid Vasquez-Oduya, a materials chemist who co-founded the company while on a research fellowship. The key step, she said, was finding a way to make the film resist moisture for long enough to be useful without adding plastic coatings.

"Seaweed wants to be wet," she said. "Most of my PhD was persuading it otherwise."

The kelp is supplied by Callum Treharne, who farms about six hectares of longlines in the bay. He is careful to distinguish his crop from the seagrass meadows the university has been studying in the harbour. "Seagrass is a flowering plant that lives on the seabed and you leave it alone," he said. "Kelp is seaweed, it grows on a rope, and you harvest it. Different thing entirely."

## What comes next

Tidewrack currently employs 11 people. It plans to:

1. Hire around 15 more staff over the next year, mainly process engineers and technicians
2. Move out of the university's incubator into its own production site in the city
3. Supply trial quantities to three food businesses, which it has not yet named

> "Spin-outs like Tidewrack are exactly why universities should be rooted in their places," said Professor Aurelio Mancini-Hart, who directs the university's Marine Sciences Institute. "The raw material is in our bay, the science was done on Hollins Hill, and now the jobs will be here too."

Ms Pell said the company was looking at several possible sites, including vacant buildings on the Old Wharves.`,
  },
  {
    headline: "Caddock firm Broadwater Structural wins £11.6m Tollan Bridge contract",
    slug: "broadwater-structural-wins-bridge-contract",
    standfirst: "The contractor, which employs 140 people, beat two national firms and says it will use local subcontractors for painting, scaffolding and traffic management.",
    section: "business",
    authors: ["nguyen-thi-lan", "lukasz-zielinski"],
    tags: ["Tollan Bridge", "Small business"],
    image: null,
    daysAgo: 18,
    hour: 15,
    body: `The contract to repair the Tollan Bridge has been awarded to Broadwater Structural, a steel and civil engineering firm based on the Caddock industrial estate, the council confirmed this afternoon.

The £11.6m contract covers the replacement of eight corroded hangers and the bridge's eastern bearings, new deck drainage and full repainting, and is the largest single job in the company's 38-year history.

"Our yard is four miles from that bridge," said managing director Agnieszka Rowe. "Half of our people have crossed it every day of their lives. We know how much the city wants it back, and we are not going to get this wrong."

Broadwater, which employs 140 people, beat two national engineering groups in a shortened tender under the council's emergency procurement framework. The council said the firm offered the best combination of price, programme and experience, pointing to its previous work on the Northgate rail viaduct and a swing bridge at Marrowby docks.

Ms Rowe said around 60 per cent of the contract value would be spent with businesses within 30 miles of the city. Subcontractors named so far include:

- Harbourline Scaffolding, of Eastbank, for access and containment
- Kestrel Coatings, a family-run industrial painting firm in Saltmarsh
- Averill Marine Services, which will supply and crew the work barges

Kestrel Coatings' director, Jarosław Pennington, said the job would double the firm's workload for a year. "We've painted bits of that bridge before, touching up," he said. "We've never had the chance to do it properly."

> "All bids were evaluated against published criteria by officers and an independent cost consultant, and the process was reviewed by the council's monitoring officer," the council said in a statement.

That did not satisfy everyone. Opposition leader Councillor Osman Teague said the emergency procedure meant fewer firms had been able to bid, and asked for the evaluation scores to be published. "I'm delighted it's a local firm," he said. "I'd still like to see the working."

Broadwater expects to begin putting up scaffolding within a month, once temporary props are in place to allow pedestrians back on to the upstream footway. Ms Rowe said the firm would take on six extra apprentices for the job.`,
  },
  {
    headline: "Saltmarsh homeowners report tripled premiums and refusals after floods",
    slug: "saltmarsh-insurance-premiums-rise",
    standfirst: "Brokers say some insurers have stopped quoting for parts of the ward altogether, and newer homes on the Marsh View estate are among the hardest to cover.",
    section: "business",
    authors: ["nguyen-thi-lan"],
    tags: ["Flooding", "Housing"],
    image: illustration("rain", "Rain falling on small dark houses beside a flooded street", "More than 120 homes in Saltmarsh were flooded in the storm."),
    daysAgo: 14,
    hour: 7,
    body: `Households in Saltmarsh are facing steep rises in home insurance premiums, and some have been refused cover altogether, in the fortnight since the storm.

Jasper Finch, an independent insurance broker with an office on Marsh Road, said he had dealt with more than 70 enquiries from the ward since the storm. "I've had people whose renewal quote has gone from £480 to £1,500," he said. "I've had others who've been told, politely, that the insurer is no longer offering cover in their postcode. It's the second group that worry me."

Older homes in the ward are generally eligible for a national scheme that caps the flood element of premiums for households at high risk. But homes built in the last twenty years are excluded, which includes most of the 180 properties on the Marsh View estate, built on former grazing land next to Brinley Brook.

> "When we bought, the developer's report said the flood risk was managed," said Marsh View resident Priyanka Mensah, whose house flooded to a depth of 40cm. "Nobody mentioned that if it wasn't, we'd struggle to insure it."

Mr Finch said householders facing large increases should not simply accept the first renewal quote. He advised them to shop around through a broker who specialises in flood risk, to ask whether installing flood doors, air-brick covers or a non-return valve on the drains would reduce the premium, and to check whether the excess had changed as well as the price.

Some insurers already offer lower premiums for homes with certified flood resistance measures. The council is offering grants of up to £5,000 for those measures to flooded households, funded from its emergency budget.

The issue is likely to feature in the debate over Saltmarsh Quay, a proposed development of 300 flats near the brook's outfall. Its developer, Estuary Living, said the scheme would be built with living space above predicted flood levels and would "not repeat the mistakes of the past".

Councillors are also being lobbied by residents. Winifred Osei-Tutu, the Flood Action Group chair who is standing in the Saltmarsh by-election, said the insurance problem showed why the pumping station mattered beyond the ward. "Every year we don't build it, the cost lands on families in the form of bills they can't pay," she said. "That's the real price of waiting."`,
  },
  {
    headline: "Tidewrack Materials to make seaweed film in restored Old Wharves warehouse",
    slug: "tidewrack-plant-at-old-wharves",
    standfirst: "The university spin-out has signed a twenty-year lease on Warehouse 7 and plans to employ 40 people there within three years.",
    section: "business",
    authors: ["nguyen-thi-lan"],
    tags: ["Start-ups", "Harbour", "University of Port Averill"],
    image: illustration("skyline", "Waterfront warehouses silhouetted against a dusk sky over the harbour", "Warehouse 7 stands between two empty Victorian grain stores on Wharf Street."),
    daysAgo: 8,
    hour: 11,
    body: `Tidewrack Materials, the University of Port Averill spin-out that turns farmed kelp into compostable packaging film, is to open its first production plant in a Victorian warehouse on the Old Wharves.

The company has signed a twenty-year lease on Warehouse 7, a four-storey brick store on Wharf Street owned by the Averill Harbour Board. The ground and first floors will house a pilot production line, with offices and a small laboratory above. The company hopes to start production in the summer.

The move comes less than a fortnight after the firm [raised £3.1m from investors](/business/tidewrack-materials-raises-funding/). Its chief executive, Joanna Pell, said the company had looked at modern units on the Caddock industrial estate but chose the waterfront site because of its history and its location.

"Our raw material comes out of the sea, so it made sense to be beside it," she said. "And there's something right about a building that stored grain from all over the world now making something from our own bay."

<blockquote class="pullquote"><p>There's something right about a building that stored grain from all over the world now making something from our own bay.</p></blockquote>

## Fitting out

The Harbour Board will spend £1.2m on a new roof, windows and services before handing the building over. Tidewrack will pay for the production equipment. The harbour board's chief executive, Ingrid Salvesen-Moss, said the deal was part of a plan to bring working businesses back to the wharves rather than "turn every warehouse into flats".

<figure><img src="/static/demo/lab.svg" alt="Laboratory glassware holding teal and amber liquids" width="1200" height="675"><figcaption>A small laboratory on the building's top floor will test every batch of film. Illustration: Ledger graphics desk</figcaption></figure>

> "We want the Old Wharves to smell of work again, not just of coffee," Ms Salvesen-Moss said. "Warehouse 7 is the start of that."

The company expects to employ around 25 people at the site in its first year, rising to 40. Most roles will be production operatives and technicians, and Ms Pell said the company would work with Port Averill College to train people with no previous experience.

Neighbouring buildings on Wharf Street are in poorer condition. Warehouse 11, a listed grain store two doors away, has been empty for nearly twenty years and is regularly cited by heritage campaigners as at risk. Mireille Dunn of the Port Averill Civic Society welcomed Tidewrack's arrival. "A building with people in it is a building someone is looking after," she said. "We hope it's the first of many."`,
  },
  {
    headline: "Market Hall's restored east aisle reopens with fourteen new traders",
    slug: "market-hall-new-tenants",
    standfirst: "A bánh mì counter, a repair café and a record stall are among the newcomers to the 1890s iron-and-glass hall, which has had its first full refurbishment in half a century.",
    section: "business",
    authors: ["nguyen-thi-lan"],
    tags: ["Small business", "Heritage"],
    image: illustration("market", "Market stalls under coral, teal and yellow awnings, with fruit and jars on the counters", "Fourteen new stalls opened in the east aisle on Saturday."),
    daysAgo: 4,
    hour: 9,
    body: `The east aisle of Port Averill's Market Hall reopened on Saturday after an eighteen-month restoration, with fourteen new businesses taking stalls beneath the hall's repaired glass roof.

The refurbishment, which cost £3.8m, replaced more than 2,000 panes of glass, repaired the cast-iron columns and installed new drainage, electrics and ventilation. The west aisle, which stayed open during the work, will be restored in a second phase starting next year.

"For years people have told us they love the building but don't come here to shop," said the market manager, Beatrix Holloway. "We wanted to give them a reason to come back, and to give new traders a chance they wouldn't get on the high street."

## The newcomers

New traders pay half rent for their first twelve months under a council scheme designed to help start-ups. Among those who opened on Saturday:

- **Bếp Nhà**, a bánh mì and noodle counter run by siblings Trần Minh Khoa and Trần Thu Hà, whose parents ran a takeaway in Eastbank for twenty years
- **Mend & Make**, a volunteer repair café fixing lamps, toasters and torn jackets on Saturday mornings
- **Slack Water Records**, selling second-hand vinyl, mostly jazz and folk
- **The Curd Counter**, a cheesemonger specialising in farmhouse cheeses from within fifty miles of the city

By lunchtime the queue at Bếp Nhà reached the hall's central clock. "We made three hundred rolls and we sold out at half past one," said Trần Thu Hà. "Next Saturday we make five hundred."

> "The Market Hall has survived a fire, two world wars and a plan to knock it down for a car park," reads a new panel beside the east entrance. "It is still here because the people of Port Averill kept shopping in it."

Longer-standing traders said they welcomed the newcomers but wanted the council to do more to promote the market. Fishmonger Bartholomew Sands, whose family has had a stall in the hall since the 1950s, said trade had picked up since the Tollan Bridge reopened to pedestrians. "We lost a lot of Eastbank customers when the bridge shut," he said. "They're starting to walk back over. Give them something worth walking for and they'll come."

The hall is open Tuesday to Saturday, with late opening until 9pm on Fridays.`,
  },
  // ──────────────────────────── SCIENCE ────────────────────────────
  {
    headline: "Salt, water and time: why the Tollan Bridge's steel gave way",
    slug: "why-the-tollan-bridge-rusted",
    standfirst: "A corrosion engineer at the University of Port Averill explains how a steel bridge can look fine from the quayside while its most important joints quietly waste away.",
    section: "science",
    authors: ["zoe-harcastle"],
    tags: ["Tollan Bridge", "University of Port Averill"],
    image: illustration("lab", "Laboratory glassware and a simple molecule diagram on a dark teal background", "Chloride ions from sea spray are the main driver of corrosion on coastal steel."),
    daysAgo: 37,
    hour: 13,
    body: `From the promenade at Customs Steps, the Tollan Bridge looks much as it always has: a tidy red arch, faded in places, with a few rust streaks running down from the deck. So how can it be too dangerous to walk across?

"Because the parts that matter most are the parts you can't see from the promenade," said Dr Hamid Okonjo, a corrosion engineer in the University of Port Averill's School of Engineering, who has studied steel structures around the harbour for fifteen years. "Corrosion is rarely dramatic. It's a slow leak in a place nobody is looking."

## The chemistry of a coastal bridge

Steel rusts when iron reacts with oxygen and water. On a coastal bridge, that reaction gets a lot of help. Sea spray carries chloride ions, which break down the protective film on steel and make the electrolyte, the water sitting on the surface, far more conductive. In winter, de-icing salt spread on the road adds more chloride.

Dr Okonjo said three conditions tend to turn ordinary surface rust into serious loss of metal:

1. **Water that cannot drain away.** Ledges, bolted joints and the bases of hangers can hold water for days after rain.
2. **Wet-dry cycling.** Steel that is repeatedly wetted and dried concentrates salt at the surface, and corrodes faster than steel that is permanently underwater.
3. **Crevices.** In tight gaps between plates, oxygen runs short and the chemistry becomes more aggressive. Rust also takes up several times the volume of the original steel, so it can force joints apart and open new gaps. Engineers call this "pack rust".

> "If you wanted to design a rust factory, you would build a connection at the bottom of a hanger, on the windward side of a bridge, and then let the drains block," Dr Okonjo said.

## Why the bearings matter

The council has also said a bearing at the Eastbank end has seized. Bearings let a bridge expand and contract as temperatures change; a steel span this size can grow by several centimetres between a cold night and a hot afternoon. If the bearing cannot move, that movement has to go somewhere else, and it usually ends up as extra stress in parts of the structure that were not designed for it.

The council's own engineers have not yet published their findings, and Dr Okonjo stressed he had only seen photographs. But he said the closure was "exactly what you'd want a responsible engineer to do" when safety margins were uncertain.

Can the bridge be saved? "Almost certainly," he said. "Old riveted steel is remarkably forgiving. You cut out the bad parts, you fix the water, you paint it properly. What you can't do is walk away from it for another twenty years."`,
  },
  {
    headline: "Seagrass meadows have quadrupled in Averill Harbour, survey finds",
    slug: "seagrass-returns-to-averill-harbour",
    standfirst: "University divers mapped 41 hectares of eelgrass this summer, up from nine when monitoring began. Cleaner water and gentler moorings are thought to be behind the recovery.",
    section: "science",
    authors: ["zoe-harcastle"],
    tags: ["Seagrass", "Environment", "University of Port Averill"],
    image: illustration("harbour", "A calm harbour at sunset with a crane, a cargo ship and a small sailing boat", "The largest meadow lies in shallow water along the Eastbank shore."),
    daysAgo: 35,
    hour: 10,
    body: `Underwater meadows of seagrass that had all but vanished from Averill Harbour have made a remarkable recovery, according to the most detailed survey of the harbour floor ever carried out.

A team from the University of Port Averill's Marine Sciences Institute, working with volunteer divers and a drone-mounted camera, mapped 41 hectares of eelgrass this summer. When monitoring began fifteen years ago, they found just nine.

"I remember diving the Eastbank shore as a student and finding a few sad little clumps," said Dr Saoirse Quinlan, the seagrass ecologist who led the survey. "This year I swam through grass up to my shoulders for two hundred metres. I actually laughed into my regulator."

<blockquote class="pullquote"><p>This year I swam through grass up to my shoulders for two hundred metres. I actually laughed into my regulator.</p></blockquote>

Seagrasses are flowering plants, not seaweeds. They grow in shallow, sheltered water, trap sediment, shelter young fish and store carbon in the mud beneath them. They are also sensitive: murky water blocks the light they need, and anchors and mooring chains can scour them away.

## Why they came back

The researchers point to three likely reasons. A major upgrade of the city's sewage treatment works a decade ago cut the nutrient pollution that fuelled algae and clouded the water. The Harbour Board replaced more than 80 traditional chain moorings with floating "eco-moorings" that do not drag on the seabed. And maintenance dredging in the inner harbour has been reduced since larger ships moved to the deep-water berths at Marrowby.

> "We can't prove which of these mattered most, and probably all of them did," the survey report says. "What we can say is that the harbour has shown it will recover if it is given the chance."

Divers also recorded 14 spiny seahorses in the Eastbank meadow, the first confirmed sightings in the harbour for at least twenty years, along with large numbers of juvenile pollack and wrasse.

Volunteer diver Kaito Brennan, who has helped with the survey for six summers, said the change was visible to anyone who took a mask and snorkel into the shallows on a calm day. "People think the harbour is just brown water and old tyres," he said. "Some of it is. But some of it now looks like a field in June."

The team plans to publish its full findings next year and to repeat the survey every summer. Dr Quinlan said the priority now was protecting what had returned, particularly in areas affected by construction or new moorings.`,
  },
  {
    headline: "Tides, culverts and paved gardens: the science of why Saltmarsh floods",
    slug: "why-saltmarsh-floods",
    standfirst: "A hydrologist explains how this week's rain and a spring tide combined to trap Brinley Brook, and why the ward's risk is growing.",
    section: "science",
    authors: ["zoe-harcastle"],
    tags: ["Flooding", "Weather", "Environment"],
    image: illustration("rain", "Heavy rain over rooftops and a street turning to water", "Brinley Brook drains about 14 square kilometres of the hills behind the city."),
    daysAgo: 29,
    hour: 16,
    body: `When the rain started in earnest on Tuesday evening, Dr Petra Nwachukwu-Ellis opened a tide table and a spreadsheet. By 10pm she had emailed colleagues a one-line warning: "Saltmarsh is going to flood."

Dr Nwachukwu-Ellis, a hydrologist in the University of Port Averill's geography department, has spent six years studying Brinley Brook, the small stream that drains the hills above the city and reaches the harbour through a sluice at the bottom of Saltmarsh. "It was not a difficult prediction," she said. "Once you know the tide, the rest is arithmetic."

## Four reasons in one ward

She says Saltmarsh's problem is not one thing but several, stacked on top of each other:

1. **Tide-locking.** The brook empties into the harbour through a one-way flap valve. When the tide is higher than the water in the brook, the flap stays shut. For about three hours either side of a spring high tide, the brook has nowhere to go.
2. **A hidden stream.** For its last kilometre the brook runs in a Victorian brick culvert under streets and houses. There is no floodplain to spread into, so when the culvert is full, water comes up through gullies and manholes.
3. **Urban creep.** Aerial photographs show that about 40 per cent of front gardens in the catchment have been paved since the 1990s, sending rain into drains within minutes rather than hours.
4. **Rising water.** The tide gauge at Kittiwake Point shows average sea level around 20cm higher than a century ago, which means the flap is shut for longer on every tide.

> "The pumping station people keep asking for would deal with the first problem. It does nothing on its own about the other three," Dr Nwachukwu-Ellis said.

## What the numbers say

On Tuesday night, the brook's upstream gauge showed water rising from 30cm to 1.4m in four hours. High tide at Kittiwake Point came at 1.12am and was 0.4m above the predicted level because of the storm surge. The flap valve, the data show, was closed from roughly 10.30pm until 3.50am.

"For five hours, every drop of rain falling on fourteen square kilometres of hillside was heading to the lowest point of Saltmarsh with no way out," she said.

Her team is now working with the council on a computer model of the catchment, which could show where upstream storage ponds, replanted gardens or a pumping station would do most good. Resident Halima Greaves, whose Tern Street home flooded again, said she was glad someone was measuring. "But I could have told them where the water goes," she said. "It goes in my kitchen."`,
  },
  {
    headline: "Harbour mud holds decades of carbon beneath recovering seagrass",
    slug: "harbour-sediments-carbon-store",
    standfirst: "Sediment cores from the Eastbank meadow show carbon building up since the seagrass returned, but researchers warn against treating the harbour as a carbon offset.",
    section: "science",
    authors: ["zoe-harcastle"],
    tags: ["Seagrass", "University of Port Averill", "Environment"],
    image: illustration("lab", "Flasks and test tubes filled with coloured liquid under a soft spotlight", "Sediment samples were analysed in the Marine Sciences Institute laboratories on Hollins Hill."),
    daysAgo: 24,
    hour: 9,
    body: `The mud beneath the seagrass meadows that have returned to Averill Harbour is quietly storing carbon, according to research by a University of Port Averill doctoral student.

Mateus Ribeiro spent two winters pushing clear plastic tubes into the harbour floor, at low tide and by boat, to pull up 62 sediment cores from inside and outside the seagrass beds. Back in the lab, he sliced each core into two-centimetre layers and measured the organic carbon in each.

Cores taken from within the Eastbank meadow contained on average about 40 per cent more organic carbon in their top 20cm than cores taken from bare mud nearby. Radioactive dating of the layers suggests the extra carbon has accumulated mostly over the past fifteen years, matching the period in which the meadows have spread.

"It's nice when the mud agrees with the divers," Mr Ribeiro said. "The seagrass slows the water, fine particles settle out, and the roots and dead leaves get buried. Carbon goes in and, as long as nobody digs it up, it stays there."

## A useful store, not a solution

The findings build on [this summer's survey](/science/seagrass-returns-to-averill-harbour/), which found the meadows had grown more than fourfold. But the researchers were careful about what their numbers mean.

Scaled up across all 41 hectares, the team estimates the meadows are burying somewhere between 40 and 120 tonnes of carbon dioxide a year. That is roughly equivalent to the annual emissions of twenty to sixty typical households.

> "Seagrass is valuable for many reasons, and carbon is one of them," said Dr Saoirse Quinlan, Mr Ribeiro's supervisor. "But if anyone tries to sell the harbour as a way to offset a new car park, I'll be writing a very stern letter."

She said the real value lay in protecting carbon that was already there. Disturbing the mud through dredging, anchoring or construction could release carbon that had taken years to accumulate.

## What's next

The team plans to take further cores next year from meadows near the Tollan Bridge and the old ferry slip, and to compare the harbour with an undisturbed seagrass site on the far side of Kittiwake Point.

Mr Ribeiro, who grew up in a fishing town and first dived at the age of nine, said his family were still puzzled by his choice of research. "My grandmother asked why I'd come all this way to study mud," he said. "I told her it's very special mud. She wasn't convinced."`,
  },
  {
    headline: "Brent geese return in record numbers to feed on the harbour's seagrass",
    slug: "winter-bird-count-marshes",
    standfirst: "Volunteers counted more than 2,600 dark-bellied brent geese over a cold, still weekend, almost double the five-year average.",
    section: "science",
    authors: ["zoe-harcastle"],
    tags: ["Environment", "Seagrass", "Weather"],
    image: null,
    daysAgo: 21,
    hour: 7,
    body: `Brent geese, small dark geese that fly thousands of kilometres to spend the winter on sheltered coasts, have arrived in Averill Harbour in the largest numbers ever recorded, according to this year's autumn waterbird count.

Volunteers from the Averill Bird Club counted 2,640 brent geese across the harbour, the Brinley marshes and Kittiwake Point at the weekend, compared with an average of 1,420 over the previous five years.

"You hear them before you see them, this low grumbling chatter coming across the mud at first light," said the club's count coordinator, Gwilym Rhodes, who has organised the survey for eleven years. "On Sunday morning the whole Eastbank shore was black with geese. I've never seen anything like it here."

The geese feed heavily on eelgrass, pulling up the leaves at low tide. Researchers at the University of Port Averill believe the increase is linked to the recovery of the harbour's seagrass meadows, which now cover more than four times the area they did fifteen years ago.

"Birds are very good at finding food, and very quick to use it," said Dr Saoirse Quinlan, the seagrass ecologist who led the university's recent survey. "The geese are telling us the same story the divers are."

> "It is a rare thing to be able to say an environmental story in this city has a happy chapter. This is one," Mr Rhodes said.

Other notable records from the count included 38 little egrets, a flock of around 900 dunlin, and a single spoonbill on the Saltmarsh lagoon, which had attracted a small crowd of photographers by mid-morning.

The timing of the count may also have helped. A spell of cold, still weather meant birds were concentrated in sheltered feeding areas rather than scattered, and calm water made counting easier. Mr Rhodes said the club would wait for the next two monthly counts before declaring a lasting trend.

He asked people walking along the Eastbank shore and the marsh path to keep dogs on leads and stay on the path at low tide, when the geese are feeding closest to land. "Every time they're flushed, they burn energy they need for the winter," he said. "Enjoy them from a distance and they'll stay."

The next count takes place next month. Anyone interested in joining can meet the club at the Kittiwake Point car park at 7.30am; binoculars can be borrowed.`,
  },
  {
    headline: "Pollution on the Marrowby ring road up by a fifth since bridge closure, sensors show",
    slug: "air-quality-study-ring-road",
    standfirst: "A network of low-cost sensors installed by university researchers has picked up a sharp rise in nitrogen dioxide along the diversion route, including outside two primary schools.",
    section: "science",
    authors: ["zoe-harcastle", "ruth-achterberg"],
    tags: ["Health", "Environment", "University of Port Averill"],
    image: illustration("skyline", "A dusk city skyline with lit windows and a glowing sun behind the buildings", "Traffic diverted from the Tollan Bridge now runs past homes and schools in Marrowby."),
    daysAgo: 15,
    hour: 14,
    body: `Levels of nitrogen dioxide, a pollutant produced mainly by vehicle engines, have risen by around 18 per cent along the Marrowby ring road since traffic was diverted away from the Tollan Bridge, according to data from a University of Port Averill sensor network.

The network, made up of 40 shoebox-sized monitors fixed to lamp posts around the city, was installed last year as part of a study into how air quality varies from street to street. Researchers say the bridge closure has turned it into an unplanned experiment.

"We didn't design this study to look at a bridge closure, but the data were there, and it would have been wrong not to look," said Dr Anjali Featherstone-Obi, an environmental health researcher who leads the project. "The pattern is very clear. The traffic moved, and the pollution moved with it."

## What the sensors found

Comparing the three weeks since the closure with the same weeks last year, the team found:

- average nitrogen dioxide up 18 per cent at the nine sensors along the ring road
- the biggest rises, of around 25 per cent, at the Marrowby Lane junction, where queues are longest at peak times
- a fall of about 30 per cent at the sensors on Harbour Road near the bridge, where traffic has disappeared almost entirely

Two of the sensors with the largest rises are within 200 metres of primary schools: Marrowby Lane Primary and St Anselm's.

> "These are low-cost sensors and they are less precise than the council's official monitoring stations, so the exact numbers should be treated with caution," the team's briefing note says. "But the direction and the size of the change are consistent across every sensor on the route."

## Advice for parents

Dr Featherstone-Obi said the levels recorded did not mean anyone was in immediate danger, but that long-term exposure to traffic pollution is linked to asthma and other respiratory problems, particularly in children.

The head of Marrowby Lane Primary, Ignatius Pemberton, said the school had moved morning playtime to its rear playground, away from the road, and was encouraging families not to idle their engines at drop-off. "We can't move the ring road," he said. "We can make sure the children aren't standing next to it at the worst time of day."

The council said it would install an official monitoring station on Marrowby Lane and review traffic signal timings to reduce queues. The research team plans to publish its data online every month until the bridge reopens to traffic.`,
  },
  {
    headline: "Student-built underwater robot counts seahorses in the Eastbank seagrass",
    slug: "student-drones-count-seahorses",
    standfirst: "A team from the University of Port Averill robotics society built a quiet, slow-moving camera drone that can survey the meadow without disturbing it.",
    section: "science",
    authors: ["zoe-harcastle"],
    tags: ["Seagrass", "University of Port Averill"],
    image: illustration("harbour", "A harbour scene at sunset with a crane, a ship and small waves", "The drone surveys the shallow Eastbank meadow at high tide."),
    daysAgo: 10,
    hour: 12,
    body: `Seahorses are hard to count. They are small, well camouflaged, and tend to curl their tails around a blade of seagrass and keep very still. Divers can find them, but divers also stir up sediment, scare fish and can only stay down for so long.

So a group of engineering students at the University of Port Averill built a robot to do it instead.

The drone, nicknamed Hippo by its makers, is about the size of a suitcase and moves through the water at walking pace using four small thrusters. It follows pre-planned lines across the seagrass meadow on the Eastbank shore at high tide, taking high-resolution photographs every two seconds from about a metre above the leaves.

"The whole design brief was 'be boring'," said Amara Boateng, a third-year mechanical engineering student who led the project. "Slow, quiet, predictable. If a seahorse notices us, we've failed."

On its first three surveys this autumn, Hippo covered about four hectares of the meadow and photographed 37 seahorses, identified by marine biologists reviewing the images. That is far more than the 14 spotted by divers during the summer survey, though the researchers say the two methods are not directly comparable.

"It's a really encouraging number, but I'd be cautious," said Dr Saoirse Quinlan, the seagrass ecologist who advised the students. "Some of those may be the same animals photographed twice. What matters is that we now have a method we can repeat every month without anyone getting cold."

> "Seahorses are a good sign that a seagrass meadow is healthy, because they need dense grass to hide in and plenty of tiny crustaceans to eat," Dr Quinlan said.

The team has published the drone's design, parts list and control software under an open licence, with instructions at [example.org](https://example.org), so that community groups elsewhere can build their own. The parts cost about £2,800, a fraction of the price of a commercial survey vehicle.

The robotics society's president, Łucja Ferreira, said the project had attracted students from marine biology, computer science and even fine art, who designed the drone's hull. "We had an artist telling engineers how to make something look less like a predator," she said. "It worked."

The students hope Hippo will be used to monitor the meadow during the forthcoming repair of the Tollan Bridge, whose eastern abutment lies close to the seagrass.`,
  },
  {
    headline: "Scientists urge care as bridge work barges moor beside recovering seagrass",
    slug: "bridge-works-seagrass-warning",
    standfirst: "The Eastbank seagrass meadow lies within fifty metres of the Tollan Bridge repair site. The council and its contractor have agreed to monthly monitoring and a silt curtain.",
    section: "science",
    authors: ["zoe-harcastle"],
    tags: ["Seagrass", "Tollan Bridge", "Environment"],
    image: illustration("bridge", "A steel arch bridge over calm water with a yellow scaffold beneath the deck", "Work barges will be moored on the Eastbank side of the bridge for several months."),
    daysAgo: 3,
    hour: 11,
    body: `Scientists at the University of Port Averill have asked the council to take extra care as repair work begins on the Tollan Bridge, warning that careless moorings and silt could undo fifteen years of recovery in the harbour's largest seagrass meadow.

The meadow along the Eastbank shore, which researchers say has [grown dramatically](/science/seagrass-returns-to-averill-harbour/) since monitoring began, comes within about fifty metres of the bridge's eastern abutment, where contractors will moor a crane barge and floating work platform for much of the fourteen-month repair.

"I'm not against fixing the bridge, and I use it every day like everyone else," said Dr Saoirse Quinlan, the seagrass ecologist who leads the university's monitoring. "But seagrass that took fifteen years to come back can be lost in a week if a barge drags its anchor through it or a cloud of blasting dust settles on it."

<blockquote class="pullquote"><p>Seagrass that took fifteen years to come back can be lost in a week.</p></blockquote>

## What has been agreed

After meetings with the university, the council and the contractor Broadwater Structural have agreed to:

- moor work vessels on fixed spud legs rather than anchors, outside a marked exclusion zone
- install a floating silt curtain around the work area on the Eastbank side
- fully enclose the steelwork in sheeting before any blasting begins, as already required by the [approved repair plan](/politics/council-approves-tollan-bridge-repair/)
- fund monthly monitoring dives, supplemented by surveys from the student-built underwater drone

> "We are taking the advice of the scientists seriously and have built it into our method statements," said a spokesperson for Broadwater Structural. "Our aim is that the meadow is in the same state when we leave as when we arrive."

## Lessons from elsewhere

Dr Quinlan said monitoring only mattered if somebody acted on it. She has asked for a clear rule that work in any zone stops if divers find damage, and said the contractor had agreed.

Not everyone thinks the precautions go far enough. Ottoline Pryce of the Averill Harbour Wildlife Trust said she would have preferred the council to avoid the busiest months for juvenile fish altogether. "Spring is when the meadow is a nursery," she said. "That's when I'd want the barges furthest away."

The council's principal bridge engineer, Fenella Drury, said the programme could not be rearranged around the seasons without adding months to the closure. "Every week we delay costs the city money and patience," she said. "But we've shifted the mooring positions twice to keep clear of the grass, and we'll shift them again if we need to."

Divers carried out a baseline survey last week. The first monitoring report is due at the end of next month.`,
  },
  // ──────────────────────────── CULTURE ────────────────────────────
  {
    headline: "Corn Exchange opens its season with a new play set in the 1950s shipyard",
    slug: "corn-exchange-season-shipyard-play",
    standfirst: "Moira Castellane's The Riveters' Daughter draws on interviews with former Callender & Rusk workers. It leads a season that also includes a musical, a puppet show and a touring Chekhov.",
    section: "culture",
    authors: ["amelie-fournier-reid"],
    tags: ["Theatre", "Shipbuilding", "Heritage"],
    image: illustration("theatre", "A dark stage framed by red curtains, with a single figure lit by a spotlight", "The Corn Exchange's main house seats 640."),
    daysAgo: 34,
    hour: 15,
    body: `The Corn Exchange Theatre will open its autumn and winter season on Tuesday with a new play set among the welders, riveters and tea ladies of the Callender & Rusk shipyard in the 1950s.

The Riveters' Daughter, by the Port Averill playwright Moira Castellane, follows Peggy Doyle, a seventeen-year-old who takes her injured father's place on a riveting gang in the months before the launch of a cargo liner. It is the first new full-length play the theatre has produced on its main stage for four years.

"Every family in this city has a shipyard story, and most of them have never been told on a stage," said the theatre's artistic director, Delphine Arkwright. "Moira has spent two years listening to people who worked there, and to their children and grandchildren. The play is made of their memories."

## Stories from the yard

Castellane recorded more than forty hours of interviews, many with people now in their eighties and nineties. One of them, Agnes "Nessie" Dunleavy, 86, worked in the yard's drawing office as a teenager and is credited as a consultant on the production.

> "There were more women in that yard than anybody remembers," Mrs Dunleavy said. "We were in the offices, the canteens, the stores, and in the war some were on the berths. Then the history books came along and we were all rubbed out."

Castellane said Peggy was not based on any single person. "She is about eleven different women stitched together, and probably a bit of me," she said.

## The rest of the season

Other productions in the season include:

- **Gulls**, a new family musical about a seagull who wants to become a tram driver, over the winter holidays
- **The Lantern Keeper**, a wordless puppet show for audiences aged three and over, in the studio theatre
- A touring production of **Three Sisters** in a new translation, for one week only
- **Open Stage**, a monthly evening of short new work by local writers, with tickets at £5

The Corn Exchange will also offer a limited number of £10 tickets for every performance to people living in Eastbank, Saltmarsh and Caddock, funded by a local charitable trust.

Ms Arkwright acknowledged that the closure of the Tollan Bridge might make evening trips harder for some Eastbank audiences. "We're talking to the council about the ferry timetable," she said. "If we have to hold curtain up for a boat, we will."

The Riveters' Daughter opens on Tuesday and runs for three weeks.`,
  },
  {
    headline: "Review: The Riveters' Daughter, Corn Exchange Theatre",
    slug: "review-the-riveters-daughter",
    standfirst: "Moira Castellane's shipyard drama is noisy, funny and occasionally overstuffed, with a superb central performance from Lucía Abernethy-Sallah. ★★★★☆",
    section: "culture",
    authors: ["amelie-fournier-reid"],
    tags: ["Theatre", "Shipbuilding"],
    image: illustration("theatre", "A stage between heavy red curtains, with a figure standing alone in a pool of light", "The Riveters' Daughter runs at the Corn Exchange for three weeks."),
    daysAgo: 31,
    hour: 22,
    body: `The first sound in The Riveters' Daughter is a rivet gun, and it is loud enough to make half the audience jump. It is a statement of intent. Moira Castellane's new play, which opened at the Corn Exchange tonight, wants you to feel the shipyard in your chest before it asks you to feel anything else.

For the most part it succeeds. Designer Kwesi Harrington has built a towering steel hull section that swings and tilts across the stage, becoming berth, canteen, chapel and, in a gorgeous final image, the open sea. The six-strong ensemble clamber over it with a confidence that suggests a lot of rehearsal and a few bruises.

At the centre is Peggy Doyle, a seventeen-year-old who talks her way on to her injured father's riveting gang. Lucía Abernethy-Sallah plays her with a wiry, watchful energy: she is funny, she is frightened, and she is never quite as sure of herself as she wants the men around her to believe. Her scenes with Conrad Wynne-Iwu, as her bedridden, proud and quietly terrified father, are the best thing in the evening.

<blockquote class="pullquote"><p>Lucía Abernethy-Sallah plays Peggy with a wiry, watchful energy: funny, frightened, and never quite as sure of herself as she wants the men around her to believe.</p></blockquote>

## Too much cargo

The play's weakness is that it tries to carry everything. There is a union dispute, a romance with an apprentice, a subplot about a foreman's gambling debts, a tragic accident and a launch day. Any three would have been plenty. The second act in particular has scenes that feel like they exist to make sure a particular interview made it into the script, and at two hours and forty minutes the evening could lose twenty minutes without losing its heart.

But the heart is undeniably there. Castellane has a superb ear for the way people in this city talk, especially the dry understatement with which they describe terrible things. When Peggy's father describes losing three fingers, he says only: "I was lucky. It was the left hand."

> "A ship's not built by one man, Peg. It's built by a thousand people who all think it was them." (Conrad Wynne-Iwu as Jimmy Doyle)

Director Simone Lowry keeps the scene changes fast and noisy, and there is some lovely choral singing, arranged from old work songs, that gives the production a sense of community the script sometimes struggles to dramatise.

Castellane, speaking in the foyer afterwards, admitted she had rewritten the final scene three times during rehearsals. "The yard taught everyone to finish the job properly," she said. "I nearly didn't."

On opening night the audience included dozens of former Callender & Rusk workers and their families, several of whom were in tears by the curtain call. At the end, the cast turned and applauded them. It felt earned.

The Riveters' Daughter runs at the Corn Exchange Theatre until the end of the month. Tickets from £12, with £10 tickets for residents of Eastbank, Saltmarsh and Caddock.`,
  },
  {
    headline: "Harbour Jazz Weekend takes to the water with gigs on the bridge ferry",
    slug: "harbour-jazz-weekend",
    standfirst: "Forty-odd performances in pubs, churches and the old Customs House, plus six-minute sets on the free shuttle across the harbour. Pianist Ezinne Hallworth-Diaz headlines.",
    section: "culture",
    authors: ["amelie-fournier-reid"],
    tags: ["Music", "Harbour"],
    image: illustration("skyline", "A city skyline at dusk reflected in dark water, with warm lights in the windows", "Most of the weekend's gigs take place within a few streets of the waterfront."),
    daysAgo: 23,
    hour: 20,
    body: `The ninth Harbour Jazz Weekend opens on Friday with more than forty performances across the Old Town and Eastbank, and, for the first time, live music on board the free ferry shuttle that has been carrying passengers across the harbour since the Tollan Bridge closed.

Festival director Hakan Fitch said the idea came from a saxophonist who missed the last tram home from a rehearsal and ended up on the boat instead. "She said it was the best acoustic in the city and the only venue where the audience couldn't leave," he said. "We thought she was joking. Then we thought, why not?"

Duos and trios will play short sets on the crossings between 11am and 4pm on Saturday and Sunday. Passengers do not need a ticket, and Averill Ferries has agreed to run an extra boat to cope with demand.

The festival's main event is a Saturday night concert in the Customs House by the pianist Ezinne Hallworth-Diaz, who grew up in Saltmarsh and learned to play on the upright piano at her grandmother's church before studying abroad. It is her first concert in her home city for six years.

"The first time I played in public was in a pub on Chandlers Row, to about nine people and a dog," she said in a phone interview. "The dog was the most attentive. I'm hoping for a slightly bigger crowd this time, but if the dog is still around I'll save him a seat."

> "Port Averill taught me that music is something people do together on a Saturday night, not something you watch from a distance," Hallworth-Diaz said. "I've tried to keep playing like that everywhere I go."

Her trio will play material from a new album inspired by tide tables and shipping forecasts, alongside standards.

Other highlights include a big band of retired dockers and their grandchildren at the Seamen's Mission, a late-night session at the Anchor & Compass, and a free children's workshop on Sunday morning at the Market Hall, where young musicians can try out instruments.

Tickets for the Customs House concert have sold out, but the festival said around 50 returns would be released at the door. Most other events are free or pay-what-you-can.

Publican Marisol Kettering, whose Chandlers Row bar hosts six gigs over the weekend, said trade had been hit by the bridge closure and she was hoping for a busy two days. "We've bought in extra beer and a tuned piano," she said. "Now we need the people."`,
  },
  {
    headline: "Film festival unveils its programme, opening with a thriller shot on the Old Wharves",
    slug: "film-festival-programme-announced",
    standfirst: "The twelfth Port Averill Film Festival will screen 64 features and shorts over ten days, with a strand dedicated to films about working waterfronts.",
    section: "culture",
    authors: ["amelie-fournier-reid"],
    tags: ["Film festival", "Heritage"],
    image: illustration("theatre", "Red curtains parting on a stage lit by a cone of warm light, with silhouetted audience heads", "Screenings will take place at four venues, including the Corn Exchange."),
    daysAgo: 17,
    hour: 10,
    body: `The Port Averill Film Festival has announced the programme for its twelfth edition, which opens next week with the premiere of Low Water, a thriller filmed largely on the Old Wharves last winter.

Over ten days the festival will screen 64 features and shorts at four venues: the Corn Exchange, the Palladium cinema on Vane Street, the university's lecture theatre on Hollins Hill and, for the first time, a pop-up screen in the Market Hall.

"We want the festival to feel like it belongs to the whole city, not just to people who already go to the cinema on a Tuesday," said the festival director, Yusuf Bramhall. "So we're putting films where people already are."

## Highlights

Among the films announced this morning:

- **Low Water**, the opening night film, directed by Port Averill-born Fenwick Marsh, about a harbour pilot who discovers a body in a cargo hold
- **Eastbank, Nightly**, a documentary by Amara Lindqvist-Obi following night-shift workers on the east side of the harbour over a single winter
- **The Lighthouse Choir**, an animated short made with pupils from Saltmarsh Primary
- **Kettle & Rope**, a restored 1950s industrial film about Callender & Rusk, shown with a live score by local musicians
- **Salt Roads**, a programme of six shorts by first-time filmmakers from coastal towns

## Working waterfronts

The strand of films about docks, harbours and shipyards was planned long before the Tollan Bridge closed, Mr Bramhall said, but now felt particularly timely. It includes archive films from the city library's collection, several shown publicly for the first time in decades, alongside new documentaries.

> "Cinema has always loved a harbour: the fog, the cranes, the people waiting for something to come in," said Mr Bramhall. "We happen to live in one, and I think we sometimes forget how extraordinary it looks."

Low Water's director said filming on the wharves had been "gloriously uncomfortable". "It rained on every single night shoot," said Mr Marsh. "Which, to be fair, is exactly what we wanted on screen."

A closing-night award, the Golden Anchor, will be decided by a jury chaired by the novelist Philippa Nakamura. Festival passes go on sale on Monday, with concessions for students and people on benefits, and free tickets for under-16s at all daytime screenings.`,
  },
  {
    headline: "Northgate Library reopens after £2.6m refit with a makerspace and longer hours",
    slug: "northgate-library-reopens",
    standfirst: "The Edwardian branch library has been closed for eighteen months. It now opens seven days a week, and its children's library has doubled in size.",
    section: "culture",
    authors: ["amelie-fournier-reid", "ruth-achterberg"],
    tags: ["Libraries", "Budget", "Schools"],
    image: illustration("library", "Tall wooden shelves of colourful books beneath a large half-moon window", "The restored fan window in the main reading room."),
    daysAgo: 13,
    hour: 12,
    body: `When the doors of Northgate Library opened at 9am this morning, there was a queue of about eighty people on the steps, and at the front of it was a six-year-old in a dinosaur costume who had been promised he could borrow "all the books about teeth".

The Edwardian branch library, built in 1908 with money from a local shipping family, has been closed for eighteen months for a £2.6m refurbishment. It reopens with a restored reading room, a children's library twice its previous size, a small makerspace with 3D printers and sewing machines, and, for the first time, seven-day opening.

"People don't come to a library just for books any more, but they still come for the same reason they always did," said the head librarian, Siobhán Treacy. "They want somewhere warm and free where nobody will ask them to buy anything and everybody is welcome."

## Inside the building

The biggest change is in the main reading room, where false ceilings installed in the 1970s have been removed to reveal the original fan window, and the oak bookcases have been cleaned and repaired. New lighting, heating and a lift mean that all three floors are accessible for the first time.

The refurbishment was funded by the city council with a contribution from a heritage grant. It survived two rounds of budget cuts, and the council's new draft budget keeps all nine branch libraries open.

> "I was born three streets from here and got my first library card in this room," said Councillor Imogen Farrant-Lees, who cut the ribbon. "I'm not going to pretend it was the most exciting thing the council has spent money on this year. It might be the most important."

## Homework help and storytime

Staff expect the library to be particularly busy after school. A homework club will run every weekday from 3.30pm with volunteer tutors, and pupils from Northgate Primary will visit weekly as part of a reading project with the school.

Gbemisola Harcourt, the school's literacy lead, said many children in the area did not have a quiet place to study at home. "For some of our families this building is the study, the living room and the internet connection," she said.

Storytime for under-fives runs on Tuesday and Friday mornings, and a Saturday afternoon session will be held in Polish and Vietnamese as well as English. Opening hours are 9am to 8pm on weekdays, 9am to 5pm on Saturdays and 11am to 4pm on Sundays.`,
  },
  {
    headline: "Museum of the Wharves charts 150 years of Callender & Rusk in new exhibition",
    slug: "museum-wharves-shipyard-exhibition",
    standfirst: "Launched brings together half-models, launch-day photographs and the voices of former workers, including many of the women the yard's official histories left out.",
    section: "culture",
    authors: ["amelie-fournier-reid"],
    tags: ["Heritage", "Shipbuilding"],
    image: illustration("harbour", "A shipyard crane silhouetted against a peach evening sky above the harbour", "The exhibition includes photographs of more than sixty launches from the yard's slipways."),
    daysAgo: 9,
    hour: 13,
    body: `The first object visitors see in the Museum of the Wharves' new exhibition is a riveting hammer worn so smooth that the wood of the handle has taken the shape of a hand. Nobody knows whose hand it was.

"That's rather the point," said the curator, Rafael Ibáñez-Moore. "Shipyards are remembered by their ships and their owners. We wanted to remember the thousands of people who actually built the ships, most of whom we don't know by name."

Launched: 150 Years of Callender & Rusk opens on Saturday and runs until next autumn. It traces the yard's history from its founding on a muddy foreshore in 1871, through two world wars and the long decline of the industry, to its recent revival with orders for hybrid island ferries.

## Models, photographs and voices

At its heart is a wall of 23 half-models, the carved wooden hulls that shipbuilders once used to plan the shape of a vessel before drawing it full size. Several have never been displayed before. Opposite them, a long gallery of launch-day photographs shows crowds packing the quayside, the city's schoolchildren given the afternoon off to watch.

<blockquote class="pullquote"><p>Shipyards are remembered by their ships and their owners. We wanted to remember the thousands of people who actually built the ships.</p></blockquote>

The most affecting part of the exhibition is a small listening room where visitors can hear recordings made over the last two years with former workers. Many were gathered by the playwright Moira Castellane as research for her play The Riveters' Daughter, and she donated them to the museum.

> "You could tell where a man worked by his ears and his hands," says one voice, belonging to a former caulker. "The riveters couldn't hear you. The platers had no fingernails. The draughtsmen had clean hands and thought they were better than us, which they weren't."

## The women of the yard

A whole section is devoted to women's work at the yard, from tracers and typists to the welders recruited during the war and quietly let go afterwards. Agnes "Nessie" Dunleavy, 86, who began in the drawing office at fifteen, attended the preview with four generations of her family.

"I saw my own handwriting on a drawing in a glass case," she said. "Seventy years later. I didn't know whether to cry or ask for it back."

The current managing director of Callender & Rusk, Gordon Alvarez-Kerr, said the yard had lent tools and drawings and would offer tours to school groups who visit. Entry to the museum is free; the listening room can be booked for groups on weekday mornings.`,
  },
  {
    headline: "Eastbank, Nightly wins the Golden Anchor as film festival closes",
    slug: "film-festival-closing-award",
    standfirst: "Amara Lindqvist-Obi's documentary about night-shift workers took the festival's top prize. Attendance was up by almost a third, helped by free Market Hall screenings.",
    section: "culture",
    authors: ["amelie-fournier-reid"],
    tags: ["Film festival", "Harbour"],
    image: illustration("theatre", "A spotlit stage between red curtains with an audience in silhouette", "The closing ceremony was held at the Corn Exchange."),
    daysAgo: 4,
    hour: 22,
    body: `Eastbank, Nightly, a documentary following the people who keep the east side of the harbour running through the night, has won the Golden Anchor, the top prize at the Port Averill Film Festival.

The film's director, Amara Lindqvist-Obi, spent a winter filming a hospital cleaner, a tram depot mechanic, a baker, a harbour pilot and the owner of a taxi office, weaving their stories into a portrait of a neighbourhood most people only see in daylight. It was one of the films announced at the festival's [programme launch](/culture/film-festival-programme-announced/), and had sold out both its screenings.

Accepting the award at the Corn Exchange tonight, Ms Lindqvist-Obi thanked her subjects, three of whom were in the audience. "I stayed up all night for a few months," she said. "They've been doing it for years. This belongs to them."

The jury, chaired by the novelist Philippa Nakamura, praised the film for its patience and its refusal to "treat ordinary lives as either tragic or heroic".

> "It is a film that trusts its audience to sit with people, in silence if necessary, until we understand them," the jury's citation says. "It made every one of us look at our own city differently."

The film was partly shot before the Tollan Bridge closed, and a coda filmed afterwards shows the tram depot mechanic, Osric Mbatha, looking at the barriers at two in the morning. "Thirty-one years I've crossed that bridge to work," he says. "Now I'm the one on the wrong side of it." The line drew audible murmurs from the audience.

The audience award went to Low Water, the opening-night thriller shot on the Old Wharves. The award for best short film went to The Lighthouse Choir, the animation made with Saltmarsh Primary pupils, several of whom went up on stage to collect it in school uniform.

Festival director Yusuf Bramhall said total attendance had risen to around 21,000, up almost a third on last year. The free screenings in the Market Hall had been "a revelation", with people watching from the cheese counter and the record stall.

"We had a woman who came in for sausages and stayed for a Hungarian art film," he said. "That's the festival I want to run."

Eastbank, Nightly will be shown again at the Palladium next month. The festival returns next autumn.`,
  },
  {
    headline: "Two hundred voices meet in the middle as choirs sing across the Tollan Bridge",
    slug: "choir-sings-on-tollan-bridge",
    standfirst: "Singers from the Old Town and Eastbank walked from opposite ends of the reopened footway to perform a song written for the occasion.",
    section: "culture",
    authors: ["amelie-fournier-reid"],
    tags: ["Music", "Tollan Bridge"],
    image: illustration("bridge", "A red steel arch bridge over the harbour under a pale grey sky", "The choirs met at the centre of the arch, above the navigation channel."),
    daysAgo: 2,
    hour: 19,
    body: `At half past four this afternoon, two choirs set off from opposite ends of the Tollan Bridge, singing as they walked, and met in the middle.

The Eastbank Community Choir and the Old Town Singers, about two hundred voices between them, had rehearsed separately for three weeks. The first time they sang together was above the navigation channel, with the harbour on one side, the scaffolding going up on the other, and several hundred people crowded along the narrow upstream footway to listen.

"For almost four weeks the two halves of the city couldn't reach each other," said Oksana Delahaye-Mbeki, who conducts the Eastbank choir and organised the event. "I wanted people to hear what it sounds like when they do."

## A song for two banks

The centrepiece was Two Banks, a new song written by Ms Delahaye-Mbeki with the Old Town Singers' musical director, Thaddeus Okonkwo. The two choirs sang different verses as they approached, each describing its own side of the harbour, and joined for the chorus once they met.

> Salt on the railings, rust on the rail,
> light on the water, wind in the sail;
> you on the east side, me on the west,
> meet in the middle, that's where we're best.

Ms Delahaye-Mbeki admitted the lyrics were "not going to win any poetry prizes". "They're meant to be sung by a retired plumber and an eight-year-old standing next to each other," she said. "They are."

<blockquote class="pullquote"><p>For almost four weeks the two halves of the city couldn't reach each other. I wanted people to hear what it sounds like when they do.</p></blockquote>

## Permission and practicalities

The council and contractor Broadwater Structural agreed to the event on condition that singers stayed on the footway and that numbers were managed by stewards at each end. Crowds were held at the approaches once the footway was full, and a loudspeaker relayed the singing to people waiting on the quayside.

Among the singers was Wilhelmina Lowther, 79, who has been in the Eastbank choir for almost thirty years. She said she had cried twice during the performance. "Once when we saw the other choir coming, and once when my feet started hurting," she said. "Only one of those was about the music."

The choirs have been invited to sing again at the reopening of the bridge to trams and traffic, expected late next year. Ms Delahaye-Mbeki said they would be there. "We'll have learned a few more verses by then," she said.`,
  },
  // ───────────────────────────── SPORT ─────────────────────────────
  {
    headline: "Calloway rescues a point as Rovers open the season against Breckon Albion",
    slug: "rovers-open-season-with-draw",
    standfirst: "Averill Rovers 1 Breckon Albion 1. New goalkeeper Tiago Conceição made two fine saves on his debut before Rhys Calloway's late header earned a draw.",
    section: "sport",
    authors: ["declan-moorcroft"],
    tags: ["Averill Rovers", "Football"],
    image: illustration("stadium", "A football stadium under floodlights with curved stands around a bright green pitch", "A crowd of 6,212 watched the opening game at Cable Street."),
    daysAgo: 40,
    hour: 17,
    body: `Rhys Calloway's header four minutes from time gave Averill Rovers a deserved draw on the opening day of the season, after a nervy performance at Cable Street that only came to life in the final half-hour.

Breckon Albion, tipped by many to challenge for promotion, took the lead on 51 minutes when their captain, Solomon Fairbrother, turned sharply in the penalty area and shot low past Tiago Conceição. Until then the new Rovers goalkeeper, signed in the summer from a club abroad, had been the busiest man on the pitch, tipping a long-range effort on to the bar and saving with his legs from a one-on-one.

Manager Gideon Thwaite responded by switching to two up front, bringing on the young winger Dario Quennell, and the change worked. Rovers pushed Breckon back, and after a spell of sustained pressure Quennell's cross from the left was met by Calloway, who rose above two defenders to nod in at the far post.

"We were too polite for an hour," Thwaite said afterwards. "The first day of the season, you want to impress people, you play it around nicely, and you forget that the other lot are trying to win. Once we started playing like we meant it, we were the better side."

## The new faces

Conceição, 27, was the pick of Rovers' five summer signings. Captain Kwabena Asante-Price said the goalkeeper had "talked more in ninety minutes than our last keeper did in a season", which he meant as a compliment.

> Rovers: Conceição; Whitlow, Asante-Price (c), Brandt, Fennimore; Lachlan, Ibekwe-Rourke, Stavros (Quennell 62); Harte, Calloway, Sørlie (Tolland 75).

The attendance of 6,212 was the highest for an opening game at Cable Street in five seasons, helped by a promotion that let under-16s in for £1. Many supporters stayed behind to applaud the players off despite an underwhelming first half.

"A point's a point," said Hollis Penrose, a season ticket holder in the Harbour End for 44 years, who was sheltering from the drizzle under the stand's leaking roof. "I'll take a point and a dry seat. One out of two's not bad."

Rovers travel to Westmoor United next weekend. Thwaite said striker Ellis Harte would need a scan on a tight hamstring.`,
  },
  {
    headline: "Calloway hat-trick as Rovers win at Westmoor",
    slug: "calloway-hat-trick-rovers-westmoor",
    standfirst: "Westmoor United 1 Averill Rovers 3. The striker scored all three goals in a second-half burst to give Rovers their first win of the season.",
    section: "sport",
    authors: ["declan-moorcroft"],
    tags: ["Averill Rovers", "Football"],
    image: illustration("field", "A striped green football pitch seen from above, with players shown as coral and navy dots", "Calloway's first goal came from a corner routine Rovers had practised all week."),
    daysAgo: 33,
    hour: 17,
    body: `Rhys Calloway scored a 21-minute hat-trick at Westmoor's Ferrybank Park to turn a flat afternoon into the best Rovers performance in months and give Gideon Thwaite's side their first win of the season.

Westmoor led at half-time through a deflected free kick from Benedikt Strand, and for a long time Rovers looked short of ideas. Then, on 58 minutes, Calloway met a near-post corner with a glancing header that looped over the goalkeeper. It was a move, Thwaite revealed afterwards, that Rovers had rehearsed "about four hundred times" in training.

Seven minutes later Calloway put Rovers ahead, collecting a long ball from Kwabena Asante-Price, holding off his marker and curling a shot inside the far post. His third, on 79 minutes, was a tap-in after Dario Quennell's shot was parried, and the 400 or so travelling supporters celebrated as if it had been a thirty-yard volley.

"The first one I meant, the second one I really meant, and the third one I'll take," Calloway said, clutching the match ball. "My mum will want that one on the mantelpiece. My dad will say it was a tap-in."

<blockquote class="pullquote"><p>The first one I meant, the second one I really meant, and the third one I'll take.</p></blockquote>

The manager was pleased but guarded. Rovers had been second best for the first 45 minutes and had ridden their luck when Westmoor hit the post just before the break.

> "I'm delighted for Rhys, and I'm delighted with the second half," Thwaite said. "But if you'd asked me at half-time I'd have told you we were lucky to be only one down. We need to start games like we finish them."

It was Calloway's first hat-trick since he joined Rovers three seasons ago, and takes him to four goals in two league games. The 26-year-old, who grew up in Caddock and was released by Rovers' academy as a teenager before returning via two non-league clubs, has been the subject of interest from bigger clubs in the summer.

Goalkeeper Tiago Conceição also impressed again, making a sharp save from Westmoor's substitute striker with the score at 2-1.

Rovers' supporters were in good voice on the long coach journey home, though some had a longer journey than usual: with the Tollan Bridge still closed, coaches heading for Eastbank faced a detour via the Marrowby ring road.

Rovers host Fenmoor Town in midweek and Halden City next weekend.`,
  },
  {
    headline: "Harbour Regatta postponed as storm brings gusts of 60mph",
    slug: "harbour-regatta-postponed-wind",
    standfirst: "Organisers called off the city's biggest rowing event for the first time in eleven years. More than 400 rowers from 22 clubs had entered.",
    section: "sport",
    authors: ["declan-moorcroft"],
    tags: ["Rowing", "Weather", "Harbour"],
    image: illustration("rain", "Rain sweeping across dark rooftops under heavy clouds", "The storm brought both heavy rain and strong gusts across the harbour."),
    daysAgo: 30,
    hour: 12,
    body: `This weekend's Port Averill Harbour Regatta has been postponed after the storm that flooded homes in Saltmarsh overnight left the harbour too rough for racing.

Gusts of up to 60mph were recorded at Kittiwake Point in the early hours, and forecasters expect strong winds to continue through Saturday. It is the first time the regatta has been called off since a fog-bound weekend eleven years ago.

"We looked at the forecast, we looked at the harbour, and there was no decision to make really," said the regatta secretary, Cordelia Nuñez. "You can't put a coxless four out in a three-foot chop. Somebody would end up swimming, and in this water, in this wind, that isn't funny."

More than 400 rowers from 22 clubs had entered, including crews travelling from around the region. Racing had been scheduled over a 1,000-metre course from Customs Steps to the old ferry slip, past the Tollan Bridge, whose closure had already forced organisers to move the finish line and the spectators' area to the Old Town side.

> "Safety of competitors, officials and spectators must always come first," the regatta committee said in a statement. "We share the disappointment of every crew who has trained for this weekend, and we are working hard to find a new date."

## A new date

Organisers hope to run the event in just under three weeks, subject to the Harbour Board's approval and the tide timetable. The ferry shuttle now crossing the inner harbour will need to be paused during races, which the board said was "entirely workable" with notice.

The postponement is particularly hard on the University of Port Averill Boat Club, whose novice crews had been training for their first competitive race. Captain Ngozi Fairclough said the squad would use the extra weeks. "Half of them had never sat in a boat two months ago," she said. "A bit more practice won't hurt."

Port Averill Rowing Club, the host club, had prepared 1,500 bacon rolls for the weekend. Its captain, Ilse Brandvold, said they would be donated to the rest centre at Saltmarsh Community Hall, where residents who had been evacuated from flooded homes were spending the day. "We'll do it all again at the new date," she said. "Rowers are used to getting up early for nothing."

Entries will be carried over automatically, and clubs unable to attend the new date will have their fees refunded.`,
  },
  {
    headline: "Rovers slump to third straight defeat and Thwaite admits 'we've lost our way'",
    slug: "rovers-slump-thwaite-under-pressure",
    standfirst: "Eskholme Athletic 3 Averill Rovers 0. The Westmoor hat-trick already feels a long time ago, and some supporters want a change of manager.",
    section: "sport",
    authors: ["declan-moorcroft"],
    tags: ["Averill Rovers", "Football"],
    image: illustration("stadium", "A football ground at night with floodlights shining over empty terraces", "Rovers have dropped to 14th in the table."),
    daysAgo: 26,
    hour: 21,
    body: `A week is a long time in football, and for Averill Rovers it has been a very long one. Seven days after Rhys Calloway's hat-trick at Westmoor, Rovers were beaten comfortably at Eskholme Athletic tonight, their third defeat in a row, and manager Gideon Thwaite did not try to dress it up.

"We've lost our way," he said. "That's on me. I pick the team, I pick the shape, I pick the tactics, and at the moment none of them are working."

<blockquote class="pullquote"><p>We've lost our way. That's on me. I pick the team, I pick the shape, I pick the tactics.</p></blockquote>

Eskholme scored twice in the first twenty minutes, both goals coming from crosses that Rovers failed to clear. Their third, a long-range shot from midfielder Anselm Kowalczyk, went in off Tiago Conceição's fingertips just after the hour. Rovers did not manage a shot on target until the 74th minute.

## The run so far

After a draw and a win in their first two matches, Rovers have lost:

1. 1-2 at home to Fenmoor Town in midweek
2. 0-1 at home to Halden City at the weekend
3. 0-3 away at Eskholme Athletic tonight

They are now 14th in the table, and the mood among the 300 travelling supporters turned sour in the second half. A section of the away end chanted for Thwaite to go, and a banner reading "Ambition?" was held up at the final whistle.

> "Gideon is a good man who has done a lot for this club, but something isn't working and the players don't look like they believe in the plan," Averill Rovers Supporters' Trust chair Gwendolyn Afolabi-Marsh said. "We're not calling for anyone's head. We are asking the board what happens next."

## Off-field uncertainty

Some supporters believe speculation about the club's ownership is weighing on the squad. The Fairweather family, which has owned Rovers for three decades, has not commented publicly on reports that it is considering a sale, and several players are out of contract in the summer.

Captain Kwabena Asante-Price rejected that excuse. "We get paid to play football, not to read the papers," he said. "We were second to every ball tonight. That's not about who owns the club."

Thwaite will have the chance to respond quickly. Rovers play Halden City in the second round of the Coastal Cup next week, a tie few expect them to win.`,
  },
  {
    headline: "Conceição the hero as Rovers knock Halden City out of the Coastal Cup on penalties",
    slug: "rovers-cup-tie-halden-city",
    standfirst: "Averill Rovers 2 Halden City 2 (Rovers win 4-2 on penalties). The goalkeeper saved two spot-kicks on a night that may have saved Gideon Thwaite's job.",
    section: "sport",
    authors: ["declan-moorcroft"],
    tags: ["Averill Rovers", "Football"],
    image: illustration("field", "An aerial view of a football pitch with mown stripes and white markings", "Both penalties Conceição saved were struck towards his left."),
    daysAgo: 19,
    hour: 22,
    body: `Tiago Conceição dived to his left twice in the penalty shoot-out and twice came up with the ball, as Averill Rovers beat Halden City at Cable Street to reach the third round of the Coastal Cup.

It was a night of pure cup football: a red card, a comeback, a goal from a defender and a goalkeeper who was, by the end, being serenaded in Portuguese by a few thousand people who do not speak it.

"I watched every penalty they've taken for two seasons on my laptop," Conceição said afterwards, still wrapped in a club scarf thrown from the crowd. "They like to go to the keeper's left. So I went left. Sometimes football is simple."

Halden, who sit second in the league and had won at Cable Street earlier this month, looked comfortable when Jonah Villiers headed them in front after twelve minutes and when Miloš Radović doubled their lead just before half-time.

But Rovers, with academy midfielder Marcus Ibekwe-Rourke pulling the strings, came out transformed after the break. Captain Kwabena Asante-Price bundled in a corner on 55 minutes, and when Halden's centre-back was sent off for a second booking soon after, Cable Street sensed something. Rhys Calloway equalised from the penalty spot with nine minutes of normal time left.

Extra time brought chances at both ends but no further goals. In the shoot-out, Rovers scored all four of their kicks, with Dario Quennell calmly rolling in the winner.

> "I've been asked a lot of questions this week about whether I'm the right man for this job," said Gideon Thwaite. "Tonight the players answered some of them for me. I'm grateful to them, and I'm grateful to the crowd, who didn't give up when they had every reason to."

The result comes at a difficult time for the club, which this week confirmed that its owners are in talks with potential buyers after announcing a £1.9m loss. Thwaite said the players had been "remarkably focused" given the uncertainty.

The attendance of 4,870 was Rovers' biggest for a cup tie in years, and many fans stayed on the Harbour End terrace long after the final whistle, singing the goalkeeper's name.

"I've been coming since I was six," said Rosalind Hartley, 23, who was still celebrating with friends by the tram stop outside. "I've seen some rubbish nights here. This was not one of them."

The draw for the third round will be made on Monday.`,
  },
  {
    headline: "Seventeen-year-old Mulcahy-Ford scores on debut as Rovers beat Ashcombe",
    slug: "academy-graduate-debut-rovers",
    standfirst: "Averill Rovers 2 Ashcombe Rangers 0. The Eastbank teenager, who spent weeks taking the ferry to training, marked his first senior start with a goal.",
    section: "sport",
    authors: ["declan-moorcroft"],
    tags: ["Averill Rovers", "Football"],
    image: illustration("field", "A football pitch from above with players as coloured dots and a dotted line tracing a pass", "Mulcahy-Ford's goal came from a one-two on the edge of the area."),
    daysAgo: 12,
    hour: 18,
    body: `Oisín Mulcahy-Ford walked across the Tollan Bridge this morning for the first time in almost a month. By the evening he had scored on his senior debut for Averill Rovers.

The seventeen-year-old forward, who joined the club's academy at the age of nine, was handed a surprise start by Gideon Thwaite in place of the injured Ellis Harte. On 34 minutes he exchanged passes with Rhys Calloway on the edge of the Ashcombe penalty area, and side-footed past the goalkeeper into the bottom corner.

For a moment he looked as if he did not quite believe it. Then he ran the length of the touchline to the corner of the Harbour End, where his mother, two sisters and most of his school year were standing.

"I didn't know what to do, so I just ran to where my mum was," he said. "She was crying. My sisters were filming her crying. It was a mess. It was brilliant."

Mulcahy-Ford lives in Eastbank and, like thousands of others, has had a longer journey across the harbour since the bridge closed. For the past few weeks he has taken the free ferry shuttle to training at 7am, then a bus to the training ground.

> "He never missed a session, never turned up late, and never once complained about the boat," said academy manager Petronella Quaye. "When people ask what we look for in young players, that's a big part of it."

Rovers' second goal came from Calloway, who tapped in after Ashcombe failed to clear a corner early in the second half. Rovers controlled the rest of the game, and goalkeeper Tiago Conceição barely had a save to make.

Thwaite said the decision to start Mulcahy-Ford had been made on Thursday, but the teenager had only been told an hour before kick-off. "I didn't want him lying awake for two nights," the manager said. "He's a good footballer. He doesn't need to be a nervous one."

The win, Rovers' third in four games since their slump, lifts them to tenth. The mood around the club is markedly better than it was a fortnight ago, though questions about the ownership remain unanswered.

Asked what he would do to celebrate, Mulcahy-Ford said he had a chemistry test on Monday. "I'll probably revise," he said. "Maybe after some chips."`,
  },
  {
    headline: "Harbour Regatta finally goes ahead, and the host club takes the big prize",
    slug: "harbour-regatta-results",
    standfirst: "Three weeks after the storm forced a postponement, more than 350 rowers raced on a flat, bright harbour. Port Averill Rowing Club won the Tollan Cup for the first time in six years.",
    section: "sport",
    authors: ["declan-moorcroft"],
    tags: ["Rowing", "Harbour"],
    image: illustration("harbour", "A calm harbour at golden hour with a small white sailboat and gentle ripples", "Conditions on the rearranged day could hardly have been more different."),
    daysAgo: 11,
    hour: 18,
    body: `The water was flat, the sky was clear and the crowd along Customs Steps was three deep: the Port Averill Harbour Regatta was worth the wait.

Three weeks after the [storm forced organisers to call it off](/sport/harbour-regatta-postponed-wind/), more than 350 rowers from 19 clubs raced on the rearranged date, and the host club, Port Averill Rowing Club, won the regatta's oldest trophy, the Tollan Cup for senior men's eights, for the first time in six years.

"Three weeks ago we were handing out bacon rolls at a flood rest centre," said the club captain, Ilse Brandvold. "Today we've got the cup back. I don't think I'll sleep tonight."

## Main results

1. **Tollan Cup (senior men's eights):** Port Averill RC beat Harbour Rowing Club by one and a half lengths
2. **Kittiwake Trophy (senior women's eights):** Harbour Rowing Club beat University of Port Averill BC by three-quarters of a length
3. **Customs House Sculls (open single sculls):** Henrietta Vos, Harbour RC
4. **Novice women's fours:** University of Port Averill BC
5. **Masters mixed eights:** Saltmarsh Gig Club, in a borrowed boat

The University of Port Averill's novice women's four, whose squad had only been rowing for a few months when the original date was cancelled, were among the most popular winners. Their captain, Ngozi Fairclough, said the extra weeks of training had made the difference. "The storm did us a favour," she said. "Don't tell Saltmarsh I said that."

> "Racing went off without a single capsize, which, frankly, is a first," said regatta secretary Cordelia Nuñez. "We even managed to pause the ferry on time."

## Racing beside the scaffolding

With the Tollan Bridge still closed to traffic, organisers moved the finish and the spectator area to the Old Town quayside. But the reopened upstream footway proved one of the best vantage points, and stewards had to ask people to keep moving as crowds gathered above the course.

The Masters mixed eight from the Saltmarsh Gig Club, whose own boat was damaged when their boathouse flooded, borrowed one from the University and won their race by a canvas. Their stroke, retired postman Emrys Trent, 64, said the win was for the people of Saltmarsh. "We've had a rotten few weeks," he said. "It's nice to get wet on purpose for a change."

The regatta committee said it would keep the Old Town finish for next year, bridge or no bridge.`,
  },
  {
    headline: "Rovers Women go top of the table in front of a record Cable Street crowd",
    slug: "rovers-women-top-of-table",
    standfirst: "Averill Rovers Women 4 Lindley Park 1. Freyja Dahl-Okafor scored twice as 1,140 fans watched the side move clear at the top of the regional league.",
    section: "sport",
    authors: ["declan-moorcroft"],
    tags: ["Averill Rovers", "Football"],
    image: illustration("stadium", "A floodlit stadium with terracotta stands and a green pitch marked in white", "The women's team has played four games at Cable Street this season."),
    daysAgo: 5,
    hour: 20,
    body: `Averill Rovers Women moved to the top of the regional women's league this afternoon with a convincing win over Lindley Park, in front of the largest crowd ever to watch a women's match at Cable Street.

The official attendance of 1,140 was more than double the previous record, and the Harbour End was open for a women's game for the first time. Many in the crowd were girls from local junior clubs, who had been given free tickets and formed a guard of honour for the players before kick-off.

"When I started playing here, you could count the crowd from the pitch," said captain Bryony Ward, who has been with the club for nine seasons. "Today I couldn't hear myself shouting at the defence. I didn't mind."

<blockquote class="pullquote"><p>When I started playing here, you could count the crowd from the pitch. Today I couldn't hear myself shouting at the defence.</p></blockquote>

Striker Freyja Dahl-Okafor opened the scoring after seven minutes with a low shot from the edge of the area and added a second just before half-time, rounding the goalkeeper after a through ball from Sadia Nolan. It takes her to eleven league goals in eight matches.

Lindley Park pulled one back early in the second half, but substitute Mirela Popescu restored the two-goal cushion almost immediately with a header, and Ward completed the scoring from the penalty spot.

> "We talk a lot about being brave on the ball," said head coach Joaquín Evershed. "Today they were brave, and the crowd gave them something to be brave for."

The women's team usually plays at the council's Brinley Park pitches, moving to Cable Street only for selected matches. Players and supporters have long argued for more games at the club's main ground, and the men's team's manager, Gideon Thwaite, was among those watching today.

The Averill Rovers Supporters' Trust said it wanted any new owner of the club to commit to giving the women's side a permanent home at Cable Street. "Today showed the demand is there," said the trust's chair, Gwendolyn Afolabi-Marsh. "Any buyer who doesn't see that isn't paying attention."

Asked about the title race, Dahl-Okafor was careful. "It's a long season and there are good teams behind us," she said. "But it's nicer looking down than looking up."

Rovers Women are away at Carrick Vale next Sunday, the day after the men's derby against the same club.`,
  },
  {
    headline: "Derby preview: Rovers face Carrick Vale with momentum and a takeover in sight",
    slug: "carrick-vale-derby-preview",
    standfirst: "Unbeaten in five since their cup win, Averill Rovers host their oldest rivals on Saturday as the club's owners enter exclusive talks with a local consortium.",
    section: "sport",
    authors: ["declan-moorcroft"],
    tags: ["Averill Rovers", "Football"],
    image: illustration("field", "A green football pitch viewed from above, split into mown stripes", "The derby kicks off at 3pm on Saturday."),
    daysAgo: 0,
    hour: 7,
    body: `Less than four weeks ago, after a third straight defeat at Eskholme, Gideon Thwaite was being sung at by his own supporters and Averill Rovers looked like a club drifting. On Saturday they go into the biggest game of their season unbeaten in five matches, and with the end of months of uncertainty over the club's future possibly in sight.

Rovers host Carrick Vale Town at Cable Street in the 143rd league meeting between two clubs whose grounds are just eleven miles apart. Carrick Vale sit sixth, three points and three places above Rovers.

"Derbies are strange games," Thwaite said at his pre-match press conference. "Form goes out of the window, the crowd is louder, the tackles are a bit later. The team that keeps its head usually wins it. I want that to be us."

## Team news

- **Ellis Harte** is back in training after a hamstring injury but is likely to start on the bench
- **Oisín Mulcahy-Ford**, who scored on his debut a fortnight ago, is expected to keep his place
- **Kwabena Asante-Price** serves the final game of a two-match suspension
- **Tiago Conceição**, the goalkeeper, has kept three clean sheets in his last four games

Carrick Vale will be without their top scorer, Hamza Lindgren, who was injured last weekend.

<figure><img src="/static/demo/stadium.svg" alt="Floodlights shining over the curved stands of a football ground" width="1200" height="675"><figcaption>Cable Street is expected to be full for the first time this season. Illustration: Ledger graphics desk</figcaption></figure>

## Takeover talks

Off the pitch, the Fairweather family, which has owned the club for 31 years, confirmed yesterday that it has entered exclusive talks with a consortium of local business people, weeks after [announcing it was looking for new owners](/business/rovers-owners-open-talks-with-buyers/).

> "We have chosen to move forward with a group that shares our commitment to Cable Street and to the city," said chairman Lorcan Fairweather. "There is still work to do, and nothing is agreed until it is agreed."

The Supporters' Trust said it welcomed the news and had been invited to meet the consortium next week.

Thwaite said he had not been told who the buyers were. "I'll find out when everyone else does," he said. "I'd like them to come to the derby. It's not a bad way to see what they're buying."

Tickets for the home ends have sold out. A limited number remain in the family stand. With the Tollan Bridge still closed to trams, supporters from Eastbank are advised to walk over the bridge or take the ferry and allow extra time; extra trams will run from Customs Steps to Cable Street from 1.30pm.`,
  },
];
