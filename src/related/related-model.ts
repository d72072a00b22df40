/**
 * The in-memory model behind related articles: BM25-weighted term vectors of every published
 * article, an inverted index over them, and a ranking that mixes what the articles say with
 * shared tags, the same section and nearness in time. Pure computation: no database here.
 */

/** What the model knows of one article. */
export interface ModelDocument {
  id: number;
  counts: Map<string, number>;
  sectionId: number;
  tagIds: readonly number[];
  /** People, places and organisations it names (the topics slice's ids). */
  topicIds: readonly number[];
  /** Milliseconds since the epoch. */
  publishedAt: number;
}

/** One ranked neighbour. `text` is the cosine similarity of the two articles' words alone. */
export interface Neighbour { id: number; score: number; text: number }

/** An article's ranked neighbours, and the articles that are the same story (never to be shown). */
export interface Neighbourhood { ranked: Neighbour[]; duplicates: number[] }

/** Tuning, measured with `npm run eval:related` (see README). */
export const RANKING = {
  /** BM25 term-frequency saturation and length normalisation. */
  k1: 1.2,
  b: 0.75,
  /** Terms of the article used to find its neighbours (its heaviest). */
  queryTerms: 60,
  /** Pseudo-relevance feedback: the article's top neighbours widen its vocabulary. */
  feedbackDocs: 15,
  feedbackWeight: 1,
  /** Words in more than this share of articles (and at least `commonFloor`) are left out of scoring. */
  commonShare: 0.1,
  commonFloor: 200,
  /** Terms of the widened query. */
  expandedTerms: 80,
  /** Per shared tag, capped at three. */
  tagBonus: 0.1,
  /** Per shared topic (a person, place or organisation both name), capped at three… */
  topicBonus: 0.02,
  /** …counting only topics named by at most this share of articles (or `topicFloor`): a country
   * or a government every other story names says nothing about either. */
  topicShare: 0.02,
  topicFloor: 10,
  sectionBonus: 0.02,
  /** Up to this much for a story published at the same time, halving every `freshnessDays`. */
  freshnessBonus: 0.03,
  freshnessDays: 30,
  /** Below this word similarity a neighbour is noise: the section's newest stories serve better. */
  minText: 0.04,
  /** Above this word similarity two articles are the same story (a rerun, a duplicate import)… */
  duplicateText: 0.9,
  /** …if both are long enough for the comparison to mean that (weighted words). */
  duplicateMinLength: 40,
  /** A word in more than this share of articles says nothing about any of them. */
  maxDocumentShare: 0.5,
} as const;

/** How many of the best matches one scoring pass keeps. */
const CANDIDATES = 200;

/** The k-th largest value (quickselect; reorders `values`). */
function kthLargest(values: number[], k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i += 1;
      while ((values[j] as number) < pivot) j -= 1;
      if (i <= j) { const t = values[i] as number; values[i] = values[j] as number; values[j] = t; i += 1; j -= 1; }
    }
    if (target <= j) hi = j; else if (target >= i) lo = i; else break;
  }
  return values[target] as number;
}

interface Slot { doc: ModelDocument; terms: Int32Array; tf: Float32Array; norm: number; length: number; alive: boolean; vector?: Map<number, number> }

export class RelatedModel {
  private readonly vocabulary = new Map<string, number>();
  private df: number[] = [];
  private postings: { slots: number[]; tf: number[] }[] = [];
  private slots: Slot[] = [];
  private readonly slotOf = new Map<number, number>();
  private byTag = new Map<number, number[]>();
  private topicArticles = new Map<number, number>();
  private scratch = new Float64Array(0);
  private dead = 0;
  private totalLength = 0;
  private normsStale = true;
  /** Slots added since norms were last computed. */
  private unnormed: number[] = [];

  get size(): number { return this.slotOf.size; }

  has(id: number): boolean { return this.slotOf.has(id); }

  /** Adds an article, or replaces what the model knew of it. */
  upsert(doc: ModelDocument): void {
    this.remove(doc.id);
    const length = [...doc.counts.values()].reduce((a, b) => a + b, 0);
    this.totalLength += length;
    const average = this.totalLength / (this.slotOf.size + 1) || 1;
    const terms = new Int32Array(doc.counts.size);
    const tf = new Float32Array(doc.counts.size);
    const slot = this.slots.length;
    let i = 0;
    for (const [term, count] of doc.counts) {
      let id = this.vocabulary.get(term);
      if (id === undefined) {
        id = this.df.length;
        this.vocabulary.set(term, id);
        this.df.push(0);
        this.postings.push({ slots: [], tf: [] });
      }
      // BM25's saturating term frequency, fixed at insertion: later drift of the average length
      // moves scores by far less than the ranking's margins.
      const weight = (count * (RANKING.k1 + 1)) / (count + RANKING.k1 * (1 - RANKING.b + (RANKING.b * length) / average));
      terms[i] = id;
      tf[i] = weight;
      this.df[id] = (this.df[id] ?? 0) + 1;
      const posting = this.postings[id] as { slots: number[]; tf: number[] };
      posting.slots.push(slot);
      posting.tf.push(weight);
      i += 1;
    }
    this.slots.push({ doc, terms, tf, norm: 1, length, alive: true });
    for (const topic of doc.topicIds) this.topicArticles.set(topic, (this.topicArticles.get(topic) ?? 0) + 1);
    for (const tag of doc.tagIds) {
      const tagged = this.byTag.get(tag) ?? [];
      tagged.push(slot);
      this.byTag.set(tag, tagged);
    }
    this.slotOf.set(doc.id, slot);
    this.unnormed.push(slot);
  }

  remove(id: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const entry = this.slots[slot] as Slot;
    entry.alive = false;
    for (const term of entry.terms) this.df[term] = (this.df[term] ?? 1) - 1;
    for (const topic of entry.doc.topicIds) this.topicArticles.set(topic, (this.topicArticles.get(topic) ?? 1) - 1);
    this.totalLength -= entry.length;
    this.slotOf.delete(id);
    this.dead += 1;
    if (this.dead > 1000 && this.dead > this.slotOf.size / 3) this.compact();
  }

  private compact(): void {
    const docs = this.slots.filter((s) => s.alive).map((s) => s.doc);
    this.vocabulary.clear();
    this.df = [];
    this.postings = [];
    this.slots = [];
    this.slotOf.clear();
    this.byTag = new Map();
    this.topicArticles = new Map();
    this.dead = 0;
    this.totalLength = 0;
    for (const doc of docs) this.upsert(doc);
  }

  private idf(term: number): number {
    const n = this.slotOf.size;
    const df = this.df[term] ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private refreshNorms(): void {
    if (!this.normsStale && this.unnormed.length === 0) return;
    // A few new or edited articles barely move other words' idf: norming just them keeps a
    // one-article update cheap; many changes (a first load, an import) renorm everything.
    const all = this.normsStale || this.unnormed.length > this.slotOf.size / 100;
    const targets = all ? this.slots : this.unnormed.map((i) => this.slots[i] as Slot);
    const idf = this.df.map((_, term) => this.idf(term));
    for (const slot of targets) {
      if (!slot.alive) continue;
      let sum = 0;
      for (let i = 0; i < slot.terms.length; i += 1) {
        const w = (slot.tf[i] as number) * (idf[slot.terms[i] as number] as number);
        sum += w * w;
      }
      slot.norm = Math.sqrt(sum) || 1;
      slot.vector = undefined;
    }
    this.normsStale = false;
    this.unnormed = [];
  }

  /** The article's heaviest terms as a unit vector (term id → weight). */
  private vectorOf(slot: Slot): Map<number, number> {
    // Each article's vector serves as a query once and as feedback for many others: keep it
    // until its norm (and so its weights) is recomputed.
    if (slot.vector) return slot.vector;
    const weighted: [number, number][] = [];
    const common = this.slotOf.size >= 10 ? this.slotOf.size * RANKING.maxDocumentShare : Infinity;
    for (let i = 0; i < slot.terms.length; i += 1) {
      const term = slot.terms[i] as number;
      if ((this.df[term] ?? 0) > common) continue;
      weighted.push([term, ((slot.tf[i] as number) * this.idf(term)) / slot.norm]);
    }
    weighted.sort((a, b) => b[1] - a[1]);
    slot.vector = new Map(weighted.slice(0, RANKING.queryTerms));
    return slot.vector;
  }

  /** Cosine similarity of a query vector with the articles sharing its words, by slot, where at least `floor`. */
  private accumulate(query: Map<number, number>, floor: number): Map<number, number> {
    // A dense score array and a list of touched slots: far cheaper per posting than a Map.
    if (this.scratch.length < this.slots.length) this.scratch = new Float64Array(this.slots.length * 2);
    const scores = this.scratch;
    const touched: number[] = [];
    // Very common words cost the most (long posting lists) and say the least (low idf).
    const limit = Math.max(RANKING.commonFloor, this.slotOf.size * RANKING.commonShare);
    for (const [term, weight] of query) {
      const posting = this.postings[term];
      if (!posting || posting.slots.length > limit) continue;
      const factor = weight * this.idf(term);
      const slots = posting.slots;
      const tf = posting.tf;
      for (let i = 0; i < slots.length; i += 1) {
        const slot = slots[i] as number;
        const before = scores[slot] as number;
        if (before === 0) touched.push(slot);
        scores[slot] = before + factor * (tf[i] as number);
      }
    }
    // Keep the best `CANDIDATES` at or above `floor`: a list shows a dozen, and sorting thousands
    // of weak matches per article is what made a 10,000-article recomputation slow.
    const found: number[] = [];
    const values: number[] = [];
    for (const slot of touched) {
      const entry = this.slots[slot] as Slot;
      const score = (scores[slot] as number) / entry.norm;
      scores[slot] = 0;
      if (entry.alive && score >= floor) { found.push(slot); values.push(score); }
    }
    const cut = values.length > CANDIDATES ? kthLargest(values.slice(), CANDIDATES) : -Infinity;
    const result = new Map<number, number>();
    for (let i = 0; i < found.length; i += 1) if ((values[i] as number) >= cut) result.set(found[i] as number, values[i] as number);
    return result;
  }

  /**
   * The `limit` best neighbours of article `id`, best first; never the article itself, and
   * never one whose words match it almost exactly (a duplicate is not further reading).
   */
  neighbours(id: number, limit: number): Neighbour[] {
    return this.neighbourhood(id, limit).ranked;
  }

  neighbourhood(id: number, limit: number): Neighbourhood {
    const slotIndex = this.slotOf.get(id);
    if (slotIndex === undefined) return { ranked: [], duplicates: [] };
    this.refreshNorms();
    const self = this.slots[slotIndex] as Slot;
    const query = this.vectorOf(self);
    const first = this.accumulate(query, RANKING.minText / 2);
    first.delete(slotIndex);

    // Widen the query with what its closest neighbours say (Rocchio feedback): a story about a
    // striker's transfer then also reaches one about the club's manager, though they share few words.
    const top = [...first.entries()].filter(([, s]) => s >= RANKING.minText && s < RANKING.duplicateText).sort((a, b) => b[1] - a[1]).slice(0, RANKING.feedbackDocs);
    const expanded = new Map(query);
    for (const [slot] of top) {
      for (const [term, weight] of this.vectorOf(this.slots[slot] as Slot)) {
        expanded.set(term, (expanded.get(term) ?? 0) + (RANKING.feedbackWeight * weight) / Math.max(1, top.length));
      }
    }
    // Only the expanded query's heaviest terms: each term walks a posting list.
    const kept = new Map([...expanded].sort((a, b) => b[1] - a[1]).slice(0, RANKING.expandedTerms));
    const norm = Math.sqrt([...kept.values()].reduce((a, w) => a + w * w, 0)) || 1;
    for (const [term, weight] of kept) kept.set(term, weight / norm);
    const second = top.length > 0 ? this.accumulate(kept, RANKING.minText) : first;
    second.delete(slotIndex);

    const ranked: Neighbour[] = [];
    const duplicates: number[] = [];
    const isDuplicate = (slot: number) => (first.get(slot) ?? 0) >= RANKING.duplicateText
      && Math.min(self.length, (this.slots[slot] as Slot).length) >= RANKING.duplicateMinLength;
    for (const slot of first.keys()) if (isDuplicate(slot)) duplicates.push((this.slots[slot] as Slot).doc.id);
    // Articles sharing a tag are candidates even when their words differ.
    const candidates = new Map(second);
    for (const tag of self.doc.tagIds) {
      for (const slot of this.byTag.get(tag) ?? []) if (slot !== slotIndex && (this.slots[slot] as Slot).alive && !candidates.has(slot)) candidates.set(slot, 0);
    }
    for (const [slot, textScore] of candidates) {
      const entry = this.slots[slot] as Slot;
      const plain = first.get(slot) ?? 0;
      if (isDuplicate(slot)) continue;
      if (textScore < RANKING.minText && !entry.doc.tagIds.some((t) => self.doc.tagIds.includes(t))) continue;
      ranked.push({ id: entry.doc.id, score: textScore + this.bonus(self.doc, entry.doc), text: plain });
    }
    ranked.sort((a, b) => b.score - a.score || b.id - a.id);
    return { ranked: ranked.slice(0, limit), duplicates: duplicates.slice(0, 50) };
  }

  private bonus(a: ModelDocument, b: ModelDocument): number {
    let shared = 0;
    for (const tag of b.tagIds) if (a.tagIds.includes(tag)) shared += 1;
    const common = Math.max(RANKING.topicFloor, this.slotOf.size * RANKING.topicShare);
    let topics = 0;
    for (const topic of b.topicIds) if (a.topicIds.includes(topic) && (this.topicArticles.get(topic) ?? 0) <= common) topics += 1;
    const days = Math.abs(a.publishedAt - b.publishedAt) / 86_400_000;
    return RANKING.tagBonus * Math.min(shared, 3) + RANKING.topicBonus * Math.min(topics, 3)
      + (a.sectionId === b.sectionId ? RANKING.sectionBonus : 0)
      + RANKING.freshnessBonus * Math.pow(0.5, days / RANKING.freshnessDays);
  }
}
