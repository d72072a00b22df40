import { illustration, type DemoArticle } from '../demo.types.ts';

/** Demo articles of the Culture section. */
export const CULTURE_ARTICLES: DemoArticle[] = [
  {
    headline: "Corn Exchange opens its season with a new play set in the 1950s shipyard",
    slug: "corn-exchange-season-shipyard-play",
    standfirst: "Moira Castellane's The Riveters' Daughter draws on interviews with former Callender & Rusk workers. It leads a season that also includes a musical, a puppet show and a touring Chekhov.",
    section: "culture",
    authors: ["amelie-fournier-reid"],
    tags: ["Theatre","Shipbuilding","Heritage"],
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
    tags: ["Theatre","Shipbuilding"],
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
    tags: ["Music","Harbour"],
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
    tags: ["Film festival","Heritage"],
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
    authors: ["amelie-fournier-reid","ruth-achterberg"],
    tags: ["Libraries","Budget","Schools"],
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
    tags: ["Heritage","Shipbuilding"],
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
    tags: ["Film festival","Harbour"],
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
    tags: ["Music","Tollan Bridge"],
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
];
