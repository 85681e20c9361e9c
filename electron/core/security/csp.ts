/**
 * The Content-Security-Policy for the renderer: nothing from any remote
 * origin, no inline scripts, no eval. Inline styles are allowed because
 * Mantine sets style attributes and CSS variables at run time.
 * renderer/index.html carries the same policy in a meta tag; a unit test
 * keeps the two identical.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
