// The static server of scripts/lib (also used by `npm run pdf` and the benchmarks), typed for the tests.
import { serveStatic as serve } from '../../../scripts/lib/static-server.mjs';

export const serveStatic: (root: string, base?: string, port?: number) => Promise<{ url: string; close: () => Promise<void> }> = serve;
