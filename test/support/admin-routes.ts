import type { FastifyInstance } from 'fastify';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options'] as const;

/** One operation of an OpenAPI document: `METHOD /path/{param}`, and the keys it stands for. */
export interface ListedRoute {
  key: string;
  /**
   * The route once each path parameter limited to a fixed set of values (an enum, such as an
   * article's workflow `{action}`) is written out, one key per value: each value is its own
   * action with its own permission.
   */
  expanded: string[];
}

/** Every operation an OpenAPI 3 document lists, read from its `paths` (unknown until checked). */
export function listedRoutes(doc: unknown): ListedRoute[] {
  const paths = field(doc, 'paths');
  if (!isObject(paths)) throw new Error('the OpenAPI document has no paths');
  const routes: ListedRoute[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const operation = field(item, method);
      if (!isObject(operation)) continue;
      let expanded = [path];
      for (const [name, values] of enumPathParameters(operation)) {
        expanded = expanded.flatMap((p) => values.map((value) => p.replace(`{${name}}`, value)));
      }
      const upper = method.toUpperCase();
      routes.push({ key: `${upper} ${path}`, expanded: expanded.map((p) => `${upper} ${p}`) });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Every route the app serves under `prefix`, as `METHOD /path/{param}` (HEAD left out: Fastify
 * adds it to each GET). Read from Fastify's own route tree, so a route hidden from the OpenAPI
 * document still shows up here.
 */
export function servedRoutes(app: FastifyInstance, prefix: string): string[] {
  const keys: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)(?:├── |└── )(.+) \(([A-Z, ]+)\)$/u.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const segment = match[2] ?? '';
    stack.length = depth;
    const parent = stack[depth - 1] ?? '';
    const path = depth === 0 ? segment : `${parent}${parent.endsWith('/') || segment.startsWith('/') ? '' : '/'}${segment}`;
    stack[depth] = path;
    if (!path.startsWith(prefix)) continue;
    for (const method of (match[3] ?? '').split(', ')) {
      if (method !== 'HEAD') keys.push(`${method} ${path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`);
    }
  }
  return keys.sort();
}

function enumPathParameters(operation: Record<string, unknown>): [string, string[]][] {
  const parameters = field(operation, 'parameters');
  if (!Array.isArray(parameters)) return [];
  const found: [string, string[]][] = [];
  for (const parameter of parameters) {
    const name = field(parameter, 'name');
    if (field(parameter, 'in') !== 'path' || typeof name !== 'string') continue;
    const values = enumValues(field(parameter, 'schema'));
    if (values) found.push([name, values]);
  }
  return found;
}

/** The values of a string enum, written as `enum`, `const`, or `anyOf` of those (TypeBox unions); else null. */
function enumValues(schema: unknown): string[] | null {
  const list = field(schema, 'enum');
  if (Array.isArray(list)) return list.every((v) => typeof v === 'string') ? list : null;
  const single = field(schema, 'const');
  if (typeof single === 'string') return [single];
  const anyOf = field(schema, 'anyOf');
  if (!Array.isArray(anyOf)) return null;
  const parts = anyOf.map(enumValues);
  return parts.every((p) => p !== null) ? parts.flat() : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, name: string): unknown {
  return isObject(value) ? value[name] : undefined;
}
