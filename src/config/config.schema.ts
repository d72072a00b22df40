import { Type, type Static } from '@sinclair/typebox';

/**
 * The configuration, declared once. Each key is set by the environment variable named in its
 * `env` entry below; this file is the operator's reference.
 */
export const ConfigSchema = Type.Object({
  /** Interface to listen on. */
  host: Type.String({ minLength: 1 }),
  /** TCP port to listen on. */
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  /** Where the SQLite database, generated secrets and uploads live. */
  dataDir: Type.String({ minLength: 1 }),
  /** The public URL readers use; canonical links, feeds and JSON-LD are built from it. */
  siteUrl: Type.String({ pattern: '^https?://[^\\s/?#]+(?:/[^\\s?#]*)?$' }),
  /** `postgres://…` for PostgreSQL; empty for the embedded SQLite file in dataDir. */
  databaseUrl: Type.String(),
  /** `on` fills an empty database with the demo newsroom on start; `off` starts empty. */
  demo: Type.Union([Type.Literal('on'), Type.Literal('off')]),
  /** `off` renders every page afresh (for benchmarks and debugging). */
  pageCache: Type.Union([Type.Literal('on'), Type.Literal('off')]),
  /** Upper bound on the bytes the in-process page cache may hold. */
  pageCacheMaxBytes: Type.Integer({ minimum: 0 }),
  /** `on` when behind a reverse proxy: client addresses are then read from X-Forwarded-For. */
  trustProxy: Type.Union([Type.Literal('on'), Type.Literal('off')]),
  /** Largest image upload accepted, in bytes; one byte more is answered 413. */
  mediaMaxBytes: Type.Integer({ minimum: 1 }),
  /** Largest image accepted, in pixels (width × height), checked from the header before decoding. */
  mediaMaxPixels: Type.Integer({ minimum: 1 }),
  /** Outgoing mail server, `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…` (TLS); empty sends no mail. */
  smtpUrl: Type.String({ pattern: '^(smtps?://\\S+)?$' }),
  /** Sender of the mail Dateline sends, such as moderation notices. */
  mailFrom: Type.String({ pattern: '^[^\\r\\n]*@[^\\r\\n]*$' }),
  /** Pino log level. */
  logLevel: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l))),
});

export type Config = Static<typeof ConfigSchema>;

/**
 * Environment variable for each key, and the default used when it is unset. `secret` keys may hold
 * a password, so their values are never repeated in error messages.
 */
export const CONFIG_SOURCES: { [K in keyof Config]: { env: string; fallback: (c: Partial<Config>) => Config[K]; secret?: true } } = {
  host: { env: 'DATELINE_HOST', fallback: () => '127.0.0.1' },
  port: { env: 'DATELINE_PORT', fallback: () => 8080 },
  dataDir: { env: 'DATELINE_DATA_DIR', fallback: () => 'data' },
  siteUrl: { env: 'DATELINE_SITE_URL', fallback: (c) => `http://localhost:${c.port ?? 8080}` },
  databaseUrl: { env: 'DATABASE_URL', fallback: () => '', secret: true },
  demo: { env: 'DATELINE_DEMO', fallback: () => 'on' },
  pageCache: { env: 'DATELINE_PAGE_CACHE', fallback: () => 'on' },
  pageCacheMaxBytes: { env: 'DATELINE_PAGE_CACHE_MAX_BYTES', fallback: () => 64 * 1024 * 1024 },
  trustProxy: { env: 'DATELINE_TRUST_PROXY', fallback: () => 'off' },
  mediaMaxBytes: { env: 'DATELINE_MEDIA_MAX_BYTES', fallback: () => 20 * 1024 * 1024 },
  mediaMaxPixels: { env: 'DATELINE_MEDIA_MAX_PIXELS', fallback: () => 50_000_000 },
  smtpUrl: { env: 'DATELINE_SMTP_URL', fallback: () => '', secret: true },
  mailFrom: { env: 'DATELINE_MAIL_FROM', fallback: () => 'Dateline <dateline@localhost>' },
  logLevel: { env: 'DATELINE_LOG_LEVEL', fallback: () => 'info' },
};
