// `npm run bench:related`: the related-articles case of the benchmark alone (BENCH_RELATED_ARTICLES, default 10,000).
import { benchRelated } from './related.ts';

await benchRelated(Number(process.env.BENCH_RELATED_ARTICLES ?? 10_000));
