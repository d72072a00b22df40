/** The request headers a browser sets about where a request comes from. */
export interface OriginHeaders { origin?: string | undefined; 'sec-fetch-site'?: string | string[] | undefined }

/**
 * True when a browser says the request comes from a page of another site (cross-site request
 * forgery). A page served with a strict referrer policy posts with `Origin: null`; the browser's
 * own Sec-Fetch-Site then says whether it was this site. Clients that send neither header (curl,
 * servers) are not browsers, so they cannot be tricked into sending anything.
 */
export function isCrossSite(headers: OriginHeaders, siteUrl: string): boolean {
  const { origin } = headers;
  const fetchSite = headers['sec-fetch-site'];
  if (origin === 'null') return fetchSite !== 'same-origin';
  if (origin !== undefined && origin !== new URL(siteUrl).origin) return true;
  return fetchSite === 'cross-site' || fetchSite === 'same-site';
}
