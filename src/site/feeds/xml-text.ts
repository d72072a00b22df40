/**
 * Text going into machine-read XML (feeds, sitemaps). XML 1.0 cannot carry C0 controls other than
 * tab, newline and return, U+FFFE/U+FFFF or lone surrogates, even escaped: one such character in a
 * headline would make the whole feed unreadable, so they are dropped.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 cannot hold. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** HTML-escapes plain text, for fields a feed declares as HTML (Atom `type="html"`, RSS description). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif',
};

/** The MIME type of an image URL from its extension; null when it is not one we know. */
export function imageType(url: string): string | null {
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return ext === undefined ? null : IMAGE_TYPES[ext] ?? null;
}

/**
 * Makes the root-relative URLs of an article body absolute, for readers outside the site (RSS has
 * no xml:base). The body is the sanitiser's output, so attributes are double-quoted.
 */
export function absolutizeHtml(html: string, siteUrl: string): string {
  return html
    .replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${siteUrl}/`)
    .replace(/(\ssrcset=")([^"]*)"/g, (_, start: string, list: string) =>
      `${start}${list.split(',').map((candidate) => candidate.replace(/^(\s*)\/(?!\/)/, `$1${siteUrl}/`)).join(',')}"`);
}
