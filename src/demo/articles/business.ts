import { illustration, type DemoArticle } from '../demo.types.ts';

/** Demo articles of the Business section. */
export const BUSINESS_ARTICLES: DemoArticle[] = [
  {
    headline: "Eastbank traders count the cost as bridge closure cuts footfall by almost half",
    slug: "eastbank-traders-count-cost-of-bridge-closure",
    standfirst: "Cafés, shops and a veterinary practice near the eastern end of the Tollan Bridge say takings have collapsed, and some fear they will not survive a long closure.",
    section: "business",
    authors: ["nguyen-thi-lan"],
    tags: ["Tollan Bridge","Small business"],
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
    tags: ["Shipbuilding","Harbour"],
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
    authors: ["nguyen-thi-lan","declan-moorcroft"],
    tags: ["Averill Rovers","Football"],
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
    tags: ["Start-ups","University of Port Averill","Environment"],
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
    authors: ["nguyen-thi-lan","lukasz-zielinski"],
    tags: ["Tollan Bridge","Small business"],
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
    tags: ["Flooding","Housing"],
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
    tags: ["Start-ups","Harbour","University of Port Averill"],
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
    tags: ["Small business","Heritage"],
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
];
