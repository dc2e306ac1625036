// The one swc configuration for running the TypeScript sources: used by jest's transform and by
// the loader behind `npm run dev`, the CLI and the benchmarks. Decorators with metadata are
// what Nest's dependency injection needs; type-checking stays with `tsc`.
export const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};
