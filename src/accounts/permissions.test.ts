import { describe, expect, it } from 'vitest';
import { ACTIONS, can, isRole, permissionMatrix, ROLES, type Action, type Role } from './permissions.ts';

// Written from the documented WordPress meanings, not from permissions.ts:
// - contributor: writes and edits own drafts; publishes nothing, uploads nothing.
// - author: writes, edits and publishes own articles, uploads media; nothing of anyone else's.
// - editor: everything about content (any article, taxonomy, media, comments), but no users,
//   settings or API tokens.
// - administrator: everything.
// - moderator (Dateline's own): moderates comments, nothing else.
// - whoever writes articles may list sections, tags and authors, to file a story under them.
const Y = true;
const N = false;
const EXPECTED: Record<Role, Record<Action, boolean>> = {
  //               create edit.own edit.any pub.own pub.any tax.read tax.manage media comments users settings tokens
  administrator: row(Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y),
  editor: row(Y, Y, Y, Y, Y, Y, Y, Y, Y, N, N, N),
  author: row(Y, Y, N, Y, N, Y, N, Y, N, N, N, N),
  contributor: row(Y, Y, N, N, N, Y, N, N, N, N, N, N),
  moderator: row(N, N, N, N, N, N, N, N, Y, N, N, N),
};

function row(
  create: boolean, editOwn: boolean, editAny: boolean, publishOwn: boolean, publishAny: boolean,
  taxonomyRead: boolean, taxonomy: boolean, media: boolean, comments: boolean, users: boolean, settings: boolean, tokens: boolean,
): Record<Action, boolean> {
  return {
    'article.create': create,
    'article.edit.own': editOwn,
    'article.edit.any': editAny,
    'article.publish.own': publishOwn,
    'article.publish.any': publishAny,
    'taxonomy.read': taxonomyRead,
    'taxonomy.manage': taxonomy,
    'media.upload': media,
    'comment.moderate': comments,
    'user.manage': users,
    'settings.manage': settings,
    'token.manage': tokens,
  };
}

describe('permissions', () => {
  it('knows exactly the roles and actions the table covers', () => {
    expect([...ROLES].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED.administrator).sort());
  });

  describe.each(ROLES)('can(%s, …)', (role) => {
    it.each(ACTIONS)(`answers the documented value for %s`, (action) => {
      expect(can(role, action)).toBe(EXPECTED[role][action]);
    });
  });

  it('lets no contributor publish anything', () => {
    expect(can('contributor', 'article.publish.own')).toBe(false);
    expect(can('contributor', 'article.publish.any')).toBe(false);
  });

  it('lets an author publish only their own articles', () => {
    expect(can('author', 'article.publish.own')).toBe(true);
    expect(can('author', 'article.publish.any')).toBe(false);
    expect(can('author', 'article.edit.any')).toBe(false);
  });

  it('keeps users, settings and tokens to administrators', () => {
    for (const action of ['user.manage', 'settings.manage', 'token.manage'] as const) {
      expect(ROLES.filter((role) => can(role, action))).toEqual(['administrator']);
    }
  });

  it('gives a moderator comment moderation and nothing else', () => {
    expect(ACTIONS.filter((action) => can('moderator', action))).toEqual(['comment.moderate']);
  });

  it('publishes a matrix that agrees with can()', () => {
    const matrix = permissionMatrix();
    for (const role of ROLES) {
      expect([...matrix[role]].sort()).toEqual(ACTIONS.filter((action) => can(role, action)).sort());
    }
  });

  it('recognises only the exact role names', () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const value of ['', 'admin', 'Administrator', 'EDITOR', ' author', 'subscriber', 'constructor', '__proto__', 'toString']) {
      expect(isRole(value)).toBe(false);
    }
  });
});
