/** Codes the reader site raises. */
export const SITE_ERRORS = {
  SITE_PAGE_NOT_FOUND: 404,
} as const;
