/**
 * Headers every response carries. Reader pages load only their own stylesheet, script and
 * images, so the policy can forbid everything else outright.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'SAMEORIGIN',
  'permissions-policy': 'interest-cohort=(), camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
};
