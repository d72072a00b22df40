import { describe, expect, it } from 'vitest';
import { isAppError } from '../common/app-error.ts';
import { loadConfig } from './config.loader.ts';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (isAppError(error) && error.code === 'CONFIG_INVALID') return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('starts with working defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('');
    expect(config.demo).toBe('on');
    expect(config.siteUrl).toBe('http://localhost:8080');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads DATELINE_* variables and DATABASE_URL', () => {
    const config = loadConfig({ DATELINE_PORT: '9090', DATABASE_URL: 'postgres://u@h/db', DATELINE_DEMO: 'off', DATELINE_SITE_URL: 'https://news.example.org/' });
    expect(config).toMatchObject({ port: 9090, databaseUrl: 'postgres://u@h/db', demo: 'off', siteUrl: 'https://news.example.org' });
  });

  it('names the variable of each bad value, one line each', () => {
    const lines = problems({ DATELINE_PORT: 'eighty', DATELINE_DEMO: 'maybe', DATELINE_SITE_URL: 'ftp://x' });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^DATELINE_PORT=/);
    expect(lines.some((l) => l.startsWith('DATELINE_DEMO='))).toBe(true);
    expect(lines.some((l) => l.startsWith('DATELINE_SITE_URL='))).toBe(true);
  });

  it('refuses a port out of range and a non-postgres DATABASE_URL', () => {
    expect(problems({ DATELINE_PORT: '70000' })[0]).toMatch(/^DATELINE_PORT=/);
    expect(problems({ DATABASE_URL: 'mysql://x' })[0]).toMatch(/^DATABASE_URL /);
  });

  it('reads the mail settings, with no SMTP server by default', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: '', mailFrom: 'Dateline <dateline@localhost>' });
    const config = loadConfig({ DATELINE_SMTP_URL: 'smtps://u:p@mail.example.org:465', DATELINE_MAIL_FROM: 'News <news@example.org>' });
    expect(config).toMatchObject({ smtpUrl: 'smtps://u:p@mail.example.org:465', mailFrom: 'News <news@example.org>' });
  });

  it('refuses a non-SMTP DATELINE_SMTP_URL without repeating its password', () => {
    const lines = problems({ DATELINE_SMTP_URL: 'smpt://moderator:hunter2@mail.example.org' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DATELINE_SMTP_URL=/);
    expect(lines[0]).not.toContain('hunter2');
  });
});
