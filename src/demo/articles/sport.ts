import { illustration, type DemoArticle } from '../demo.types.ts';

/** Demo articles of the Sport section. */
export const SPORT_ARTICLES: DemoArticle[] = [
  {
    headline: "Calloway rescues a point as Rovers open the season against Breckon Albion",
    slug: "rovers-open-season-with-draw",
    standfirst: "Averill Rovers 1 Breckon Albion 1. New goalkeeper Tiago Conceição made two fine saves on his debut before Rhys Calloway's late header earned a draw.",
    section: "sport",
    authors: ["declan-moorcroft"],
    tags: ["Averill Rovers","Football"],
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
    tags: ["Averill Rovers","Football"],
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
    tags: ["Rowing","Weather","Harbour"],
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
    tags: ["Averill Rovers","Football"],
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
    tags: ["Averill Rovers","Football"],
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
    tags: ["Averill Rovers","Football"],
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
    tags: ["Rowing","Harbour"],
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
    tags: ["Averill Rovers","Football"],
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
    tags: ["Averill Rovers","Football"],
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
