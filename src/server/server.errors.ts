/** Codes the HTTP layer itself answers with. */
export const SERVER_ERRORS = {
  REQUEST_INVALID: 400,
  REQUEST_BAD_URL: 400,
  REQUEST_TOO_LARGE: 413,
  NOT_FOUND: 404,
  INTERNAL_ERROR: 500,
} as const;
