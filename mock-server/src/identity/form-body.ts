import type { FastifyInstance } from 'fastify';

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/** Form bodies (the login page, the token endpoint) arrive as URLSearchParams, so repeated fields stay visible. */
export function registerFormBodyParser(app: FastifyInstance): void {
  app.addContentTypeParser(FORM_CONTENT_TYPE, { parseAs: 'string' }, (_request, body, done) => {
    done(null, new URLSearchParams(String(body)));
  });
}

export function readForm(body: unknown): URLSearchParams | null {
  return body instanceof URLSearchParams ? body : null;
}

/** Names that occur more than once: RFC 6749 §3.2 forbids repeating a request parameter. */
export function repeatedNames(form: URLSearchParams): string[] {
  const names = [...form.keys()];
  return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
}
