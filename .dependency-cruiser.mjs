// The dependency rule of DESIGN.md "Architecture": data flows one way (content folder ->
// model -> pages -> search index and browser scripts), so imports only run downward.
// `npm run lint:deps` (part of `npm test`) fails when an import runs the wrong way.
// dependency-cruiser does not parse .astro files: the rules see the TypeScript and
// JavaScript modules (src/lib, src/integrations, src/data, src/scripts, src/cli), and the
// imports of .astro files only where a module imports one.

/** The src/lib modules that run in the browser too: no Node built-ins in them. */
const BROWSER_SAFE = '^src/lib/(site|search|study|print|exam)/|^src/lib/url\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle means two modules are one; merge them or move what both need below both.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'lib-stays-below',
      severity: 'error',
      comment:
        'src/lib is plain TypeScript under everything else: it never imports an integration, a page, a component, a browser script or the data layer.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(integrations|pages|components|scripts|data)/' },
    },
    {
      name: 'scripts-use-browser-safe-lib',
      severity: 'error',
      comment: 'Browser scripts import only the browser-safe parts of src/lib.',
      from: { path: '^src/scripts/' },
      to: { path: '^src/lib/', pathNot: BROWSER_SAFE },
    },
    {
      name: 'browser-safe-lib-stays-browser-safe',
      severity: 'error',
      comment: 'What runs in the browser cannot lean on the build (src/lib/build reads files).',
      from: { path: BROWSER_SAFE },
      to: { path: '^src/lib/build/' },
    },
    {
      name: 'browser-safe-lib-has-no-node',
      severity: 'error',
      comment: 'These modules run in the browser, where there are no Node built-ins.',
      from: { path: BROWSER_SAFE },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a circle through a type is still a circle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro'] },
  },
};
