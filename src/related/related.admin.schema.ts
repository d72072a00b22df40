import { Type } from '@sinclair/typebox';
import { SlugString } from '../content/index.ts';
import { MAX_EXCLUDED, MAX_PINNED } from './related.service.ts';

export const RelatedParams = Type.Object({ slug: SlugString }, { additionalProperties: false });

export const RelatedOverridesBody = Type.Object({
  pinned: Type.Array(SlugString, { maxItems: MAX_PINNED, description: 'Articles shown first, in this order.' }),
  excluded: Type.Array(SlugString, { maxItems: MAX_EXCLUDED, description: 'Articles never shown beside this one.' }),
}, { additionalProperties: false });

const Item = Type.Object({ id: Type.Integer(), slug: Type.String(), headline: Type.String(), url: Type.String(), publishedAt: Type.String() });

export const RelatedOverviewJson = Type.Object({
  shown: Type.Array(Item, { description: 'What readers see now, in order.' }),
  pinned: Type.Array(Item),
  excluded: Type.Array(Item),
  computed: Type.Array(Item, { description: "The engine's ranking before pins and exclusions." }),
});
