import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../common/app-error.ts';
import { sendNotFound, sendServerError, type SiteService } from '../site/index.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

/** True for requests to the JSON APIs, which answer errors in JSON; everything else is a reader page. */
export function isApiRequest(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

function sendJsonError(reply: FastifyReply, status: number, code: string, message: string, property?: string) {
  return reply.code(status).header('cache-control', 'no-store').type('application/json; charset=utf-8')
    .send({ error: property ? { code, message, property } : { code, message } });
}

/** Names the field a schema validation error is about, as a client would spell it. */
function validationProperty(error: FastifyError): string | undefined {
  const first = error.validation?.[0];
  if (!first) return undefined;
  const missing = (first.params as { missingProperty?: string; additionalProperty?: string } | undefined);
  const name = missing?.missingProperty ?? missing?.additionalProperty ?? first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  return name || error.validationContext;
}

function validationMessage(error: FastifyError): string {
  const first = error.validation?.[0];
  const where = error.validationContext ?? 'request';
  const property = validationProperty(error);
  if (first?.keyword === 'additionalProperties') return `Unknown ${where} parameter "${property}".`;
  return `Invalid ${where} parameter${property ? ` "${property}"` : ''}: ${first?.message ?? 'malformed'}.`;
}

/**
 * The one error handler: API clients get `{ error: { code, message, property? } }`, readers get
 * the site's error page. Unknown errors are logged with context and become a plain 500; no SQL,
 * stack or secret ever reaches a response.
 */
export function installErrorHandling(app: FastifyInstance, site: SiteService): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const api = isApiRequest(request.url);
    if (error.validation) {
      return api ? sendJsonError(reply, 400, 'REQUEST_INVALID', validationMessage(error), validationProperty(error)) : sendNotFound(request, reply, site);
    }
    if (isAppError(error) && error.expose) {
      if (!api && error.status === 404) return sendNotFound(request, reply, site);
      if (api || error.status !== 404) return sendJsonError(reply, error.status, error.code, error.message, error.property);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      if (!api && status === 404) return sendNotFound(request, reply, site);
      const code = status === 413 ? 'REQUEST_TOO_LARGE' : 'REQUEST_INVALID';
      return api ? sendJsonError(reply, status, code, error.message) : sendNotFound(request, reply, site);
    }
    request.log.error({ err: error, url: request.url, method: request.method }, 'request failed');
    return api ? sendJsonError(reply, 500, 'INTERNAL_ERROR', 'Something went wrong on our side.') : sendServerError(request, reply, site);
  });

  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    if (isApiRequest(request.url)) return sendJsonError(reply, 404, 'NOT_FOUND', 'There is no such API route.');
    const cut = request.url.indexOf('?');
    const path = cut === -1 ? request.url : request.url.slice(0, cut);
    const query = cut === -1 ? '' : request.url.slice(cut + 1);
    // Reader URLs end in a slash; an address typed without it goes to the one with it.
    if ((request.method === 'GET' || request.method === 'HEAD') && !path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path) && /^\/[\w\-/%.]*$/.test(path) && !path.startsWith('//')) {
      return reply.code(301).redirect(`${path}/${query ? `?${query}` : ''}`, 301);
    }
    return sendNotFound(request, reply, site);
  });
}

/** Answers URLs the router cannot even parse (bad percent-encoding, overlong). */
export function frameworkErrorHandler(site: () => SiteService) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // The onRequest hook never ran for a URL the router could not parse.
    reply.headers(SECURITY_HEADERS);
    if (isApiRequest(request.url)) {
      void sendJsonError(reply, 400, 'REQUEST_BAD_URL', 'The address is malformed.');
      return;
    }
    void sendNotFound(request, reply, site()).catch(() => reply.code(404).send('Not found'));
  };
}
