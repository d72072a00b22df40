import type { Kysely } from 'kysely';
import { idColumn } from '../migration-helpers.ts';

// Frozen: never edit once merged; add a new migration instead.

export async function up(db: Kysely<unknown>): Promise<void> {
  await idColumn(db, db.schema.createTable('sections').ifNotExists())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await idColumn(db, db.schema.createTable('authors').ifNotExists())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await idColumn(db, db.schema.createTable('tags').ifNotExists())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .execute();

  await idColumn(db, db.schema.createTable('articles').ifNotExists())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id'))
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('standfirst', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('image_url', 'text')
    .addColumn('image_alt', 'text')
    .addColumn('image_caption', 'text')
    .addColumn('image_credit', 'text')
    .addColumn('image_width', 'integer')
    .addColumn('image_height', 'integer')
    .execute();
  await db.schema.createIndex('articles_status_published_idx').ifNotExists()
    .on('articles').columns(['status', 'published_at']).execute();
  await db.schema.createIndex('articles_section_status_published_idx').ifNotExists()
    .on('articles').columns(['section_id', 'status', 'published_at']).execute();

  await db.schema.createTable('article_authors').ifNotExists()
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'author_id'])
    .execute();
  await db.schema.createIndex('article_authors_author_idx').ifNotExists()
    .on('article_authors').columns(['author_id', 'article_id']).execute();

  await db.schema.createTable('article_tags').ifNotExists()
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id'))
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('article_tags_tag_idx').ifNotExists()
    .on('article_tags').columns(['tag_id', 'article_id']).execute();

  await db.schema.createTable('slug_history').ifNotExists()
    .addColumn('path', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .execute();

  await db.schema.createTable('site_settings').ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();

  await idColumn(db, db.schema.createTable('cache_purges').ifNotExists())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['cache_purges', 'site_settings', 'slug_history', 'article_tags', 'article_authors', 'articles', 'tags', 'authors', 'sections']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
