import { illustration, type DemoArticle } from '../demo.types.ts';

/** Demo articles of the News section. */
export const NEWS_ARTICLES: DemoArticle[] = [
  {
    headline: "Consultation opens on extending tram line 4 to Caddock Sidings",
    slug: "tram-line-4-extension-consultation-opens",
    standfirst: "Residents have eight weeks to comment on a 3.8km extension that would link Northgate with 2,400 planned homes on the old railway sidings.",
    section: "news",
    authors: ["lukasz-zielinski"],
    tags: ["Trams","Transport","Housing"],
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
    authors: ["lukasz-zielinski","priya-venkataraman"],
    tags: ["Tollan Bridge","Transport","Harbour"],
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
    tags: ["Tollan Bridge","Schools","Transport"],
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
    tags: ["Flooding","Weather","Schools"],
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
    tags: ["Tollan Bridge","Harbour","Transport"],
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
    tags: ["Health","Budget"],
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
    tags: ["Tollan Bridge","Transport"],
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
    tags: ["Heritage","Harbour"],
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
    tags: ["Tollan Bridge","Harbour","Environment"],
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
];
