/** One route the app serves: a lowercase HTTP method (or `all`) and an Express path with its mount path. */
export interface ServedRoute {
  method: string;
  path: string;
}

interface RouterLayer {
  /** The path given to `use` (router 2.x keeps it as given: '/api/drafts', '/'). */
  rawPath?: string | string[];
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: RouterLayer[] };
}

function join(prefix: string, path: string): string {
  const joined = `${prefix}${path === '/' ? '' : path}`;
  return joined === '' ? '/' : joined;
}

function walk(stack: RouterLayer[], prefix: string, into: ServedRoute[]) {
  for (const layer of stack) {
    if (layer.route) {
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (!on) continue;
        for (const path of paths) into.push({ method: method === '_all' ? 'all' : method, path: join(prefix, path) });
      }
    } else if (layer.handle?.stack) {
      const mounts = Array.isArray(layer.rawPath) ? layer.rawPath : [layer.rawPath ?? '/'];
      for (const mount of mounts) if (typeof mount === 'string') walk(layer.handle.stack, join(prefix, mount).replace(/^\/$/, ''), into);
    }
  }
}

/**
 * Every route an Express 5 app serves, found by walking its router stack: route layers give method
 * and path, nested routers their stack and (as `rawPath`) the path they were mounted at.
 */
export function servedRoutes(app: { router: { stack: unknown[] } }): ServedRoute[] {
  const routes: ServedRoute[] = [];
  walk(app.router.stack as RouterLayer[], '', routes);
  return routes;
}

/** An Express path in OpenAPI form: `/api/drafts/:id` → `/api/drafts/{id}`. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}').replace(/\*(\w+)/g, '{$1}');
}
