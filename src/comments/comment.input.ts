/** The longest values accepted, as WordPress has them (its database columns). */
export const COMMENT_LIMITS = { name: 245, email: 100, website: 200, text: 65_525 } as const;

/** Replies nest up to this many levels (a top-level comment is level 1). */
export const MAX_DEPTH = 5;

/** What a reader sends from the "Leave a Reply" form. */
export interface CommentFormInput {
  name: string;
  email: string;
  website: string;
  text: string;
}

/** A field the reader must fix, and what to tell them. */
export interface FieldProblem {
  field: keyof CommentFormInput;
  kind: 'required' | 'tooLong' | 'invalid';
  /** The limit broken, for a tooLong problem. */
  max?: number;
  message: string;
}

// Control characters other than tab and newline mean nothing in a comment; newline means
// nothing in a name, address or website.
const CONTROLS_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const CONTROLS_IN_LINE = /[\u0000-\u001f\u007f]+/g;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** The form's values tidied the way they are stored: trimmed, line ends unified, controls gone. */
export function normaliseCommentInput(input: CommentFormInput): CommentFormInput {
  const line = (value: string) => value.replace(CONTROLS_IN_LINE, ' ').trim();
  const website = line(input.website);
  return {
    name: line(input.name).replace(/\s+/g, ' '),
    email: line(input.email).toLowerCase(),
    // "example.com" is what people type; it means the web address.
    website: website !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(website) ? `http://${website}` : website,
    text: input.text.replace(/\r\n?/g, '\n').replace(CONTROLS_IN_TEXT, '').replace(/\s+$/, '').replace(/^\n+/, ''),
  };
}

/** Every problem with a normalised form, in the order the fields appear (empty when it is fine). */
export function findCommentProblems(input: CommentFormInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.text.trim() === '') problems.push({ field: 'text', kind: 'required', message: 'Please type your comment.' });
  else if (input.text.length > COMMENT_LIMITS.text) problems.push({ field: 'text', kind: 'tooLong', max: COMMENT_LIMITS.text, message: `Your comment is too long: at most ${COMMENT_LIMITS.text.toLocaleString('en')} characters.` });
  if (input.name === '') problems.push({ field: 'name', kind: 'required', message: 'Please give your name.' });
  else if (input.name.length > COMMENT_LIMITS.name) problems.push({ field: 'name', kind: 'tooLong', max: COMMENT_LIMITS.name, message: `The name is too long: at most ${COMMENT_LIMITS.name} characters.` });
  if (input.email === '') problems.push({ field: 'email', kind: 'required', message: 'Please give your email address (it is never published).' });
  else if (input.email.length > COMMENT_LIMITS.email) problems.push({ field: 'email', kind: 'tooLong', max: COMMENT_LIMITS.email, message: `The email address is too long: at most ${COMMENT_LIMITS.email} characters.` });
  else if (!EMAIL.test(input.email)) problems.push({ field: 'email', kind: 'invalid', message: 'Please give a valid email address, like name@example.com.' });
  if (input.website.length > COMMENT_LIMITS.website) problems.push({ field: 'website', kind: 'tooLong', max: COMMENT_LIMITS.website, message: `The website address is too long: at most ${COMMENT_LIMITS.website} characters.` });
  else if (input.website !== '' && !isWebAddress(input.website)) problems.push({ field: 'website', kind: 'invalid', message: 'The website must be a web address starting with http:// or https://.' });
  return problems;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !/\s/.test(value);
  } catch {
    return false;
  }
}

/** Where a reply goes: under its parent, or beside it when the parent is as deep as threads go. */
export function placeReply(parent: { id: number; parentId: number | null; rootId: number | null; depth: number }): { parentId: number | null; rootId: number | null; depth: number } {
  if (parent.depth < MAX_DEPTH - 1) return { parentId: parent.id, rootId: parent.rootId ?? parent.id, depth: parent.depth + 1 };
  return { parentId: parent.parentId, rootId: parent.rootId, depth: parent.depth };
}
