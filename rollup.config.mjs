// The browser bundles in dist/. The npm modules in lib/ come from `tsc -p tsconfig.build.json`
// (one file per module, Lit left as an import); these bundles are built from lib/ so the
// TypeScript is compiled once.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
// Every chunk holding Lit starts with a few bytes that let several copies of Lit share one
// Trusted Types policy (see the file for why).
import { litPolicyIntro } from './scripts/lit-policy-prelude.mjs';

/**
 * Shortens the CSS in the elements' `css` literals (comments, indentation, spaces around
 * punctuation); terser leaves template text alone. Quoted strings are kept as written, and a
 * literal with interpolations or escapes is left untouched.
 */
function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\/|'[^'\n]*'|"[^"\n]*"|[^'"/]+|\//g, (token) => {
      if (token.startsWith('/*')) return '';
      if (token.startsWith("'") || token.startsWith('"')) return token;
      return token
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};,>]) ?/g, '$1')
        .replace(/: /g, ':');
    })
    .replace(/;}/g, '}')
    .trim();
}

function cssLiterals() {
  return {
    name: 'css-literals',
    transform(code, id) {
      if (!/[\\/]lib[\\/].*\.js$/.test(id) || !code.includes('css `')) return null;
      const result = code.replace(/\bcss `([^`$\\]*)`/g, (_, text) => `css \`${minifyCss(text)}\``);
      return result === code ? null : { code: result, map: null };
    },
  };
}

/**
 * The autoloader asks for an element's chunk and, in the same moment, for the chunks that chunk
 * imports: the browser would otherwise find those only once the element's chunk has arrived and
 * been parsed, one network round trip later. A chunk that fails is reported by the element's
 * own import, so the early requests swallow their errors.
 */
function parallelChunks() {
  return {
    name: 'parallel-chunks',
    renderDynamicImport({ moduleId, getTargetChunkImports }) {
      // The autoloader's imports are the registry's (src/elements.ts).
      if (!/[\\/]elements\.js$/.test(moduleId)) return null;
      const imports = (getTargetChunkImports() ?? []).filter((entry) => entry.type === 'internal');
      if (imports.length === 0) return null;
      const early = imports.map((entry) => `import(${entry.resolvedImportPath}).catch(() => {}), `).join('');
      return { left: `(${early}import(`, right: '))' };
    },
  };
}

const plugins = () => [
  cssLiterals(),
  nodeResolve({ exportConditions: ['browser', 'production', 'default'] }),
  terser({ ecma: 2021, module: true, format: { comments: false } }),
];

const onwarn = (warning, warn) => {
  // Lit's modules use `this` at the top level only in ways rollup rewrites correctly.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    input: 'lib/index.js',
    // One file: the schema.org reader the card loads on demand elsewhere is inlined here.
    output: {
      file: 'dist/article-widgets.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
      intro: litPolicyIntro,
    },
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'lib/index.js',
    output: {
      file: 'dist/article-widgets.iife.js',
      format: 'iife',
      name: 'ArticleWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
      intro: litPolicyIntro,
    },
    plugins: [
      cssLiterals(),
      nodeResolve({ exportConditions: ['browser', 'production', 'default'] }),
      terser({ ecma: 2021, format: { comments: false } }),
    ],
    onwarn,
  },
  {
    input: { autoloader: 'lib/autoloader.js' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      intro: litPolicyIntro,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Small shared modules (the URL policy) ride along in a bigger chunk the same pages load
      // anyway: one request fewer, and brotli does better on one file than on two.
      experimentalMinChunkSize: 12_000,
    },
    plugins: [...plugins(), parallelChunks()],
    onwarn,
  },
  {
    // The page behind iframe embeds: one card, nothing else.
    input: 'lib/embed/embed-page.js',
    output: {
      file: 'dist/embed.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
      intro: litPolicyIntro,
    },
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'lib/embed/resizer.js',
    output: { file: 'dist/embed-resizer.js', format: 'es', sourcemap: true, intro: litPolicyIntro },
    plugins: plugins(),
    onwarn,
  },
  {
    // Hydration support for server-rendered elements: load it before article-widgets.js.
    input: 'lib/hydrate.js',
    output: { file: 'dist/hydrate.js', format: 'es', sourcemap: true, intro: litPolicyIntro },
    plugins: plugins(),
    onwarn,
  },
];
