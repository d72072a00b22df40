import { Type, type Static } from '@sinclair/typebox';
import { SlugString as Slug } from './article.schema.ts';
import { ArticleStatusJson } from './article.admin.schema.ts';
import { WORKFLOW_ACTIONS } from './editorial-policy.ts';
import { DEFAULT_PREVIEW_HOURS, MAX_PREVIEW_HOURS } from './preview.service.ts';
import { SNAPSHOT_FIELDS } from './revision.snapshot.ts';

/** Admin API schemas for the workflow, revisions and preview links of one article. */

export const TransitionParams = Type.Object({ slug: Slug, action: Type.Union(WORKFLOW_ACTIONS.map((a) => Type.Literal(a))) }, { additionalProperties: false });

export const TransitionBody = Type.Object({
  note: Type.Optional(Type.String({ maxLength: 2000, description: 'Required with send-back: what the writer should change.' })),
  publishAt: Type.Optional(Type.String({ format: 'date-time', description: 'Required with schedule: when it goes public.' })),
}, { additionalProperties: false });
export type TransitionBody = Static<typeof TransitionBody>;

const Actor = Type.Union([Type.Null(), Type.Object({ id: Type.Integer(), name: Type.String() })], { description: 'null: the scheduler or the command line' });

export const HistoryJson = Type.Object({
  events: Type.Array(Type.Object({
    fromStatus: Type.Union([ArticleStatusJson, Type.Null()]), toStatus: ArticleStatusJson, note: Type.String(), at: Type.String(), by: Actor,
  })),
  jobs: Type.Array(Type.Object({
    kind: Type.String(), runAt: Type.String(), state: Type.String(), attempts: Type.Integer(), lastError: Type.Union([Type.String(), Type.Null()]),
  })),
  // Here because scheduling is chosen in it, and the settings are for administrators only.
  timeZone: Type.String({ description: 'the site\'s time zone (IANA name): the newsroom reads and picks publication times in it' }),
});

const Field = Type.Union(SNAPSHOT_FIELDS.map((f) => Type.Literal(f)));

const RevisionSummary = Type.Object({ number: Type.Integer(), at: Type.String(), by: Actor, changed: Type.Array(Type.String()), note: Type.String() });

export const RevisionListJson = Type.Object({ items: Type.Array(RevisionSummary) });

export const RevisionParams = Type.Object({ slug: Slug, number: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }, { additionalProperties: false });

export const RevisionJson = Type.Composite([RevisionSummary, Type.Object({
  snapshot: Type.Object({
    headline: Type.String(), slug: Type.String(), standfirst: Type.String(), bodyHtml: Type.String(), sectionSlug: Type.String(),
    authorSlugs: Type.Array(Type.String()), tags: Type.Array(Type.String()), language: Type.String(),
    image: Type.Union([Type.Null(), Type.Object({
      url: Type.String(), alt: Type.String(), caption: Type.String(), credit: Type.String(),
      width: Type.Union([Type.Integer(), Type.Null()]), height: Type.Union([Type.Integer(), Type.Null()]),
    })]),
    embargoUntil: Type.Union([Type.String(), Type.Null()]),
    seoTitle: Type.String(), seoDescription: Type.String(),
  }),
})]);

export const CompareQuery = Type.Object({
  from: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
  to: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
}, { additionalProperties: false });

export const CompareJson = Type.Object({
  from: Type.Integer(), to: Type.Integer(),
  fields: Type.Array(Type.Object({
    field: Field,
    parts: Type.Array(Type.Object({ op: Type.Union([Type.Literal('same'), Type.Literal('removed'), Type.Literal('added')]), text: Type.String() })),
  })),
});

export const RestoreBody = Type.Object({
  baseRevision: Type.Integer({ minimum: 0, maximum: 2_147_483_647, description: 'The revision the editor is looking at; a newer one answers 409.' }),
}, { additionalProperties: false });

export const PreviewLinkBody = Type.Object({
  expiresInHours: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PREVIEW_HOURS, default: DEFAULT_PREVIEW_HOURS })),
}, { additionalProperties: false });

export const NewPreviewLinkJson = Type.Object({ id: Type.Integer(), url: Type.String({ description: 'Shown once; the server keeps only its hash.' }), expiresAt: Type.String() });

export const PreviewLinkListJson = Type.Object({
  items: Type.Array(Type.Object({ id: Type.Integer(), expiresAt: Type.String(), createdAt: Type.String(), createdBy: Type.Union([Type.String(), Type.Null()]) })),
});

export const PreviewLinkParams = Type.Object({ slug: Slug, id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }, { additionalProperties: false });
