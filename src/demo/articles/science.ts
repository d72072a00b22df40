import { illustration, type DemoArticle } from '../demo.types.ts';

/** Demo articles of the Science section. */
export const SCIENCE_ARTICLES: DemoArticle[] = [
  {
    headline: "Salt, water and time: why the Tollan Bridge's steel gave way",
    slug: "why-the-tollan-bridge-rusted",
    standfirst: "A corrosion engineer at the University of Port Averill explains how a steel bridge can look fine from the quayside while its most important joints quietly waste away.",
    section: "science",
    authors: ["zoe-harcastle"],
    tags: ["Tollan Bridge","University of Port Averill"],
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
    tags: ["Seagrass","Environment","University of Port Averill"],
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
    tags: ["Flooding","Weather","Environment"],
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
    tags: ["Seagrass","University of Port Averill","Environment"],
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
    tags: ["Environment","Seagrass","Weather"],
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
    authors: ["zoe-harcastle","ruth-achterberg"],
    tags: ["Health","Environment","University of Port Averill"],
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
    tags: ["Seagrass","University of Port Averill"],
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
    tags: ["Seagrass","Tollan Bridge","Environment"],
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
];
