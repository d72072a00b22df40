// Deterministic fake newsroom copy for the benchmark: headlines, standfirsts, bodies and tag
// names drawn from a fixed word list with a seeded PRNG, so every run seeds the same database.
import { slugify } from '../src/common/slugify.ts';

/** mulberry32: small, fast, good enough for picking words. */
export function createRng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, int, pick };
}
export type Rng = ReturnType<typeof createRng>;

const NOUNS = `harbour council ferry budget school bridge market festival tide quay warehouse tenant landlord
fishery trawler lighthouse library clinic hospital nurse teacher pupil parent bakery brewery vineyard orchard
farmer grower shop trader mayor councillor committee inquiry report survey study plan scheme grant fund levy
tax fare ticket route timetable bus train tram station platform road junction roundabout cycleway footpath
park garden playground beach dune cliff estuary river creek marsh wetland reserve heron otter seal gull
storm flood surge drought heatwave frost gale forecast warning sandbag pump seawall barrier drainage sewer
water supply pipe reservoir dam turbine windfarm solar panel grid outage substation battery charger vehicle
court magistrate sentence appeal verdict jury witness police officer patrol arrest theft burglary fraud scam
union strike wage contract pension worker employer factory shipyard dock crane container cargo vessel crew
captain skipper pilot regatta rowing club league match goal striker keeper coach season final trophy derby
museum gallery exhibition artist painter sculptor choir concert orchestra theatre play premiere novel poet
author bookshop cinema film director festival carnival parade market stall chef restaurant cafe menu recipe
housing estate flat rent mortgage planning application permit licence hearing objection petition protest
campaign election ballot candidate voter turnout debate motion amendment minister government agency regulator
airport runway flight ferry crossing passenger commuter cyclist pedestrian driver resident neighbour community
volunteer charity donation appeal shelter foodbank pantry winter coat blanket heating bill energy price
startup investor company merger profit loss jobs apprentice graduate university campus lecture research lab
scientist data sample discovery fossil wreck diver archive record history heritage monument statue chapel`.split(/\s+/);

const VERBS = `approves rejects delays backs opposes unveils launches closes reopens expands cuts raises lowers
doubles halves extends shortens wins loses signs scraps revives restores rebuilds repairs floods clears
warns promises questions defends reviews publishes blocks funds hires trains welcomes honours marks celebrates
recalls mourns tests measures counts finds confirms denies plans proposes considers debates settles`.split(/\s+/);

const ADJECTIVES = `new old local regional coastal northern southern eastern western early late final annual
record-breaking long-awaited controversial popular historic modest ambitious costly cheap rising falling
temporary permanent emergency seasonal weekly overnight rural urban quiet busy empty crowded fresh frozen
independent public private volunteer-run family-owned small large second third major minor`.split(/\s+/);

const FILLER = `the a of in on at for with after before during over under about from to and but as while
because although since until when where which who that this these those its their our his her its`.split(/\s+/);

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function headline(rng: Rng): string {
  const forms = [
    () => `${cap(rng.pick(NOUNS))} ${rng.pick(VERBS)} ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} ${rng.pick(NOUNS)}`,
    () => `${cap(rng.pick(ADJECTIVES))} ${rng.pick(NOUNS)} ${rng.pick(VERBS)} ${rng.pick(NOUNS)} as ${rng.pick(NOUNS)} ${rng.pick(VERBS)} ${rng.pick(NOUNS)}`,
    () => `${cap(rng.pick(NOUNS))} ${rng.pick(NOUNS)}: ${rng.pick(NOUNS)} ${rng.pick(VERBS)} ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`,
    () => `Why the ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} ${rng.pick(VERBS)} the ${rng.pick(NOUNS)}`,
  ];
  return rng.pick(forms)();
}

/** One sentence of 8–24 words, mostly nouns and verbs with filler between. */
export function sentence(rng: Rng): string {
  const n = rng.int(8, 24);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    words.push(r < 0.35 ? rng.pick(FILLER) : r < 0.7 ? rng.pick(NOUNS) : r < 0.85 ? rng.pick(VERBS) : rng.pick(ADJECTIVES));
  }
  return `${cap(words.join(' '))}${rng.next() < 0.9 ? '.' : '?'}`;
}

export function standfirst(rng: Rng): string {
  return `${sentence(rng)} ${sentence(rng)}`;
}

/** An HTML body of `words` words: paragraphs, the odd subheading, quote and outbound link. */
export function bodyHtml(rng: Rng, words: number): string {
  const parts: string[] = [];
  let count = 0;
  let paragraphs = 0;
  while (count < words) {
    const sentences: string[] = [];
    const target = rng.int(40, 110);
    let inParagraph = 0;
    while (inParagraph < target && count + inParagraph < words) {
      const s = sentence(rng);
      sentences.push(s);
      inParagraph += s.split(' ').length;
    }
    count += inParagraph;
    paragraphs += 1;
    let text = sentences.join(' ');
    if (rng.next() < 0.15) {
      const word = rng.pick(NOUNS);
      text = text.replace(` ${word} `, ` <a href="https://example.org/${word}/${rng.int(100, 999)}">${word}</a> `);
    }
    if (paragraphs > 1 && paragraphs % 4 === 0) parts.push(`<h2>${cap(rng.pick(ADJECTIVES))} ${rng.pick(NOUNS)}</h2>`);
    if (rng.next() < 0.08) parts.push(`<blockquote><p>${sentence(rng)}</p></blockquote>`);
    parts.push(`<p>${text}</p>`);
  }
  return parts.join('\n');
}

/** `n` two-word tag names, e.g. "Ferry timetable", whose slugs are not in `takenSlugs`. */
export function tagNames(rng: Rng, n: number, takenSlugs: Set<string>): string[] {
  const names: string[] = [];
  const first = [...NOUNS, ...ADJECTIVES];
  while (names.length < n) {
    const name = `${cap(rng.pick(first))} ${rng.pick(NOUNS)}`;
    const slug = slugify(name);
    if (takenSlugs.has(slug)) continue;
    takenSlugs.add(slug);
    names.push(name);
  }
  return names;
}
