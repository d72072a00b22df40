import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { AppError } from '../common/app-error.ts';
import { CONFIG_SOURCES, ConfigSchema, type Config } from './config.schema.ts';

const NUMERIC_KEYS = new Set<keyof Config>(['port', 'pageCacheMaxBytes', 'mediaMaxBytes', 'mediaMaxPixels']);

/**
 * Builds the configuration from defaults < the JSON file named by DATELINE_CONFIG < environment
 * variables, validates it once and freezes it.
 * @throws AppError CONFIG_INVALID listing every bad variable, one per line.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Readonly<Config> {
  const problems: string[] = [];
  const fromFile = readConfigFile(env.DATELINE_CONFIG, problems);
  const raw: Record<string, unknown> = {};
  const keys = Object.keys(CONFIG_SOURCES) as (keyof Config)[];
  for (const key of keys) {
    const { env: name } = CONFIG_SOURCES[key];
    const text = env[name];
    if (key in overrides) raw[key] = overrides[key];
    else if (text !== undefined && text !== '') raw[key] = NUMERIC_KEYS.has(key) ? parseNumber(text) : text;
    else if (fromFile[key] !== undefined) raw[key] = fromFile[key];
  }
  for (const key of keys) {
    if (raw[key] === undefined) raw[key] = CONFIG_SOURCES[key].fallback(raw as Partial<Config>);
  }
  for (const error of Value.Errors(ConfigSchema, raw)) {
    const key = error.path.replace(/^\//, '') as keyof Config;
    const source = CONFIG_SOURCES[key];
    // A mistyped URL still carries its password, and this message ends up on stderr and in logs.
    const shown = source?.secret ? '(hidden)' : JSON.stringify(raw[key]);
    problems.push(`${source?.env ?? key}=${shown} is invalid: ${describe(key)}`);
  }
  const url = String(raw.databaseUrl ?? '');
  if (url !== '' && !/^postgres(ql)?:\/\//.test(url)) {
    problems.push(`DATABASE_URL must be a postgres:// URL, or unset for the embedded SQLite database`);
  }
  if (problems.length > 0) {
    throw new AppError('CONFIG_INVALID', 400, [...new Set(problems)].join('\n'));
  }
  const config = { ...(raw as Config), dataDir: resolve(String(raw.dataDir)), siteUrl: String(raw.siteUrl).replace(/\/+$/, '') };
  return Object.freeze(config);
}

function parseNumber(text: string): number | string {
  return /^-?\d+$/.test(text.trim()) ? Number(text) : text;
}

function describe(key: keyof Config): string {
  switch (key) {
    case 'port': return 'expected a whole number from 0 to 65535';
    case 'siteUrl': return 'expected an http:// or https:// URL such as https://news.example.org';
    case 'demo': case 'pageCache': case 'trustProxy': return 'expected on or off';
    case 'logLevel': return 'expected one of fatal, error, warn, info, debug, trace, silent';
    case 'pageCacheMaxBytes': case 'mediaMaxBytes': return 'expected a whole number of bytes';
    case 'mediaMaxPixels': return 'expected a whole number of pixels';
    case 'smtpUrl': return 'expected an smtp:// or smtps:// URL such as smtps://user:password@mail.example.org, or unset for no mail';
    case 'mailFrom': return 'expected one address such as Dateline <news@example.org>';
    default: return 'expected a non-empty value';
  }
}

function readConfigFile(path: string | undefined, problems: string[]): Partial<Record<keyof Config, unknown>> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Partial<Record<keyof Config, unknown>>;
    problems.push(`DATELINE_CONFIG=${path}: the file must hold a JSON object`);
  } catch (error) {
    problems.push(`DATELINE_CONFIG=${path}: ${(error as Error).message}`);
  }
  return {};
}
