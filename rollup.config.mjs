// The browser bundles in dist/. The npm modules in lib/ come from `tsc -p tsconfig.build.json`
// (one file per module, Lit left as an import); these bundles are built from lib/ so the
// TypeScript is compiled once.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
// Every chunk holding Lit starts with a few bytes that let several copies of Lit share one
// Trusted Types policy (see the file for why).
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { litPolicyIntro } from './scripts/lit-policy-prelude.mjs';
import { elementNames } from './scripts/registry.mjs';

/**
 * Shortens the CSS in the elements' `css` literals (comments, indentation, spaces around
 * punctuation); terser leaves template text alone. Quoted strings are kept as written; a
 * literal's interpolations of plain names (`${dark}`) and its escapes (`\\a0` in a string, `\``
 * in a comment) stay as written, and a literal with other interpolations is left untouched.
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
      const result = code.replace(/\bcss `((?:[^`$\\]|\\[^$]|\$\{\w+\})*)`/g, (_, text) => {
        // Each interpolation becomes a comment-free placeholder the minifier leaves alone.
        const names = [];
        const marked = text.replace(/\$\{(\w+)\}/g, (_, name) => `__aw${names.push(name) - 1}__`);
        const minified = minifyCss(marked).replace(/__aw(\d+)__/g, (_, index) => `\${${names[index]}}`);
        return `css \`${minified}\``;
      });
      return result === code ? null : { code: result, map: null };
    },
  };
}

/** Names of private members: `_` and a letter (Lit's own internal names start with `_$`). */
const privateName = /^_[A-Za-z]\w*$/;

/** Every node of an ESTree AST. */
function* nodesOf(node) {
  yield node;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child !== null && typeof child === 'object' && typeof child.type === 'string') yield* nodesOf(child);
    }
  }
}

const memberNodes = new Set(['MemberExpression', 'Property', 'MethodDefinition', 'PropertyDefinition']);

/**
 * Where a module names a private member (`a._x`, `{ _x: … }`, `{ _x }`, a method or field
 * `_x`): the name's identifier, and the property itself when it is a shorthand one.
 */
function* privateMembers(ast) {
  for (const node of nodesOf(ast)) {
    if (!memberNodes.has(node.type) || node.computed) continue;
    const name = node.type === 'MemberExpression' ? node.property : node.key;
    if (name.type !== 'Identifier' || !privateName.test(name.name)) continue;
    yield { name, shorthand: node.shorthand ? node : undefined };
  }
}

/** `a`…`z`, `A`…`Z`, `aa`, `ab`…: the nth shortest name. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return index < letters.length
    ? letters[index]
    : shortName(Math.floor(index / letters.length) - 1) + letters[index % letters.length];
}

/** Private member names of every module of lib/, the most used first, and their short names. */
function buildPrivateNameTable() {
  const counts = new Map();
  const strings = new Set();
  for (const file of readdirSync('lib', { recursive: true }).filter((name) => name.endsWith('.js'))) {
    const ast = parseAst(readFileSync(join('lib', file), 'utf8'));
    for (const node of nodesOf(ast)) {
      if (node.type === 'Literal' && typeof node.value === 'string') strings.add(node.value);
      if (node.type === 'TemplateElement') strings.add(node.value.cooked ?? '');
    }
    for (const { name } of privateMembers(ast)) counts.set(name.name, (counts.get(name.name) ?? 0) + 1);
  }
  const names = [...counts].filter(([name]) => !strings.has(name));
  names.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(names.map(([name], index) => [name, `_${shortName(index)}`]));
}

/** `shortPrivateNames`' table, made once for every build of the run. */
let privateNameTable;

/**
 * Shortens the private members of the library's classes and controllers (`_fallbackStories`,
 * `_renderThumbnail`) to `_a`, `_b`… in the browser bundles, where nothing outside a bundle
 * reads them; the npm modules (lib/) keep their names. One table for every build, made from
 * every module of lib/ (the most used names get the shortest), so a file loaded on demand and
 * the bundle that hands it its bindings agree. A name also written as a string anywhere in
 * lib/ (`'_blank'`) keeps its name, and so does anything that is not a member (local names
 * are terser's).
 */
function shortPrivateNames() {
  return {
    name: 'short-private-names',
    transform(code, id) {
      if (!/[\\/]lib[\\/].*\.js$/.test(id)) return null;
      const table = (privateNameTable ??= buildPrivateNameTable());
      const edits = [];
      for (const { name, shorthand } of privateMembers(this.parse(code))) {
        const short = table.get(name.name);
        if (short === undefined) continue;
        // `{ _x }` also names a variable `_x`: the key changes, the value stays.
        if (shorthand)
          edits.push([
            shorthand.start,
            shorthand.end,
            `${short}: ${code.slice(shorthand.value.start, shorthand.value.end)}`,
          ]);
        else edits.push([name.start, name.end, short]);
      }
      if (edits.length === 0) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
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

/**
 * The autoloader's chunks, by which elements need a module. A page loads the chunks of the
 * elements it shows, so each module goes with the elements that import it (directly or through
 * others): one element's modules into that element's chunk; those of some elements into a
 * chunk for exactly those (the data path for the card and the related list, the photo's
 * template for those two and `<aw-photo>`); and into `shared` those of all elements or all but
 * one (Lit, the tokens, the locale controller, URL checks), and any set too small to be worth
 * a request of its own. A page with a photo and a share button then loads no data code, and a
 * page with a card nothing of the buttons. What the autoloader itself imports stays in it;
 * what only an `import()` reaches (the share panel) is rollup's to place.
 */
function elementChunks({ smallest = 4000 } = {}) {
  const names = elementNames();
  const roots = new Map(names.map((name) => [resolve(`lib/components/${name}/${name}.js`), name]));
  const autoloader = resolve('lib/autoloader.js');
  let chunkOf;

  /** The elements (and `autoloader`) whose modules import `id`, directly or through others. */
  function usersOf(id, getModuleInfo) {
    const found = new Set();
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length > 0) {
      const current = queue.shift();
      if (roots.has(current)) found.add(roots.get(current));
      if (current === autoloader) found.add('autoloader');
      for (const importer of getModuleInfo(current)?.importers ?? []) {
        if (seen.has(importer)) continue;
        seen.add(importer);
        queue.push(importer);
      }
    }
    return found;
  }

  /** Each module's chunk name, for every module of the build at once. */
  function plan(getModuleIds, getModuleInfo) {
    const sets = new Map();
    for (const id of getModuleIds()) {
      const users = usersOf(id, getModuleInfo);
      if (users.has('autoloader') || users.size < 2) continue;
      const key = names.filter((name) => users.has(name)).join(' ');
      const set = sets.get(key) ?? { size: users.size, modules: [], bytes: 0 };
      set.modules.push(id);
      set.bytes += getModuleInfo(id)?.code?.length ?? 0;
      sets.set(key, set);
    }
    const plan = new Map();
    const taken = new Set(['shared', ...names]);
    for (const set of sets.values()) {
      let name = 'shared';
      if (set.size < names.length - 1 && set.bytes >= smallest) {
        // Named after its biggest module's folder (`data`), else that module (`photo-controller`).
        const biggest = set.modules.reduce((a, b) =>
          (getModuleInfo(a)?.code?.length ?? 0) >= (getModuleInfo(b)?.code?.length ?? 0) ? a : b,
        );
        const folder = basename(dirname(biggest));
        name = taken.has(folder) ? basename(biggest, '.js') : folder;
        taken.add(name);
      }
      for (const id of set.modules) plan.set(id, name);
    }
    return plan;
  }

  return (id, { getModuleIds, getModuleInfo }) => {
    chunkOf ??= plan(getModuleIds, getModuleInfo);
    return chunkOf.get(id);
  };
}

/**
 * Modules that every build loads on demand, built once into self-contained files in
 * dist/chunks/ (they import nothing back): the other languages' strings, the schema.org JSON-LD
 * reader (loaded when data is not in our own shape) and the HTML page reader (loaded when `src`
 * answers with a page). The two readers share a chunk of their own. The full bundle, the
 * IIFE, the autoloader and the embed page all load the same file, so a reader's cache holds it
 * once, and a copy of `article-widgets.js` loaded under another URL (a `?v=` query) cannot
 * make it import a second copy of the bundle.
 */
const lazyModules = {
  translations: 'lib/i18n/translations.js',
  'json-ld': 'lib/data/normalize.js',
  'html-page': 'lib/data/page-response.js',
  'checked-fetch': 'lib/data/checked-fetch.js',
};
/** Each lazy module's built file (`fileName`, `code`), by its absolute source path; filled by the first build. */
const lazyFiles = new Map();

function recordLazyFiles() {
  return {
    name: 'record-lazy-files',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry) {
          lazyFiles.set(chunk.facadeModuleId, { fileName: chunk.fileName, code: chunk.code });
        }
      }
    },
  };
}

/**
 * Lazy modules that use the bundle's own modules (Lit, the copy button, the data layer): the
 * share panel and the related list's `enrich`. The full bundle and the IIFE load each on first
 * need (a panel opens, a list enriches its links), like the modules above, but each file holds
 * only what the bundle lacks. What it imports from the bundle, the bundle hands it
 * when it loads: the file's default export takes those modules' bindings and returns the
 * module's exports (see `injectImports`), so a copy of the bundle loaded under another URL (a
 * `?v=` query) still gets its own Lit and elements. The autoloader's chunks share modules as
 * chunks do, so it splits these as rollup does.
 */
const injectedModules = {
  'share-panel': 'lib/components/share-button/share-panel.js',
  enrich: 'lib/internal/enrich-controller.js',
};
/** Each injected module's built file (`fileName`, `code`, `imports`), by its absolute source path. */
const injectedFiles = new Map();

/** The modules `lib/bundle.js` reaches through static imports (not `import()`), absolute paths. */
function bundleModules(entry = resolve('lib/bundle.js')) {
  const found = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    if (found.has(file)) continue;
    found.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/^(?:import|export)\s[^;]*?["'](\.{1,2}\/[^"']+)["'];/gm)) {
      queue.push(resolve(dirname(file), match[1]));
    }
  }
  return found;
}

/** The names of an `import { … }` or `export { … }` list, as `[name, alias]` (the name twice when it has none). */
function namePairs(list) {
  return list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const [first, alias = first] = name.split(/\s+as\s+/);
      return [first, alias];
    });
}

/**
 * Builds an injected module's file: what the bundle holds (Lit, every module the bundle
 * imports statically) stays outside, and the file becomes
 * `export default function (awImports) { const { a: b } = awImports[0]; …; return { name: binding } }`,
 * `awImports` in the order of `injectedFiles`' `imports` (a module id and the names it takes).
 */
function injectImports() {
  let inBundle;
  const imports = new Map();
  return {
    name: 'inject-imports',
    resolveId(source, importer) {
      if (!importer) return null;
      inBundle ??= bundleModules();
      if (!source.startsWith('.'))
        return /^(lit|@lit)(\/|$)|^lit-(html|element)(\/|$)/.test(source) ? { id: source, external: true } : null;
      const id = resolve(dirname(importer), source);
      return inBundle.has(id) ? { id, external: 'absolute' } : null;
    },
    renderChunk(code, chunk) {
      const taken = [];
      let body = code.replace(/^import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["'];?\n?/gm, (_, names, from) => {
        const bindings = namePairs(names).map(([imported, local]) => ({ imported, local }));
        // `from`: a module of lib/ by its absolute path (see `resolveId`), or Lit's package.
        const index = taken.push({ id: from, names: bindings.map((binding) => binding.imported) }) - 1;
        return `const { ${bindings.map(({ imported, local }) => (imported === local ? local : `${imported}: ${local}`)).join(', ')} } = awImports[${index}];\n`;
      });
      if (/^import\b/m.test(body)) throw new Error(`${chunk.fileName}: an import this build cannot hand over`);
      body = body.replace(/^export\s*\{([^}]*)\};?\s*$/m, (_, names) => {
        const exported = namePairs(names).map(([local, as]) => (local === as ? local : `${as}: ${local}`));
        return `return { ${exported.join(', ')} };`;
      });
      if (/^export\b/m.test(body)) throw new Error(`${chunk.fileName}: an export this build cannot hand over`);
      imports.set(chunk.facadeModuleId, taken);
      // On the first line, so that every line of the source map stays where it was.
      return { code: `export default function (awImports) {${body}\n}\n`, map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (!chunk.isEntry) throw new Error(`${chunk.fileName}: an injected module must be one file`);
        injectedFiles.set(chunk.facadeModuleId, {
          fileName: chunk.fileName,
          code: chunk.code,
          imports: imports.get(chunk.facadeModuleId),
        });
      }
    },
  };
}

/**
 * Points every `import('…')` of a lazy module at its built file: the file is emitted into this
 * build too (the same bytes) and its URL written as rollup writes file URLs, relative to each
 * chunk (`new URL(…, import.meta.url)`), and in the IIFE to the script's own URL, not the page's.
 */
function useLazyFiles({ inject = false } = {}) {
  return {
    name: 'use-lazy-files',
    async transform(code, id) {
      if (!code.includes('import(')) return null;
      let changed = code;
      const handed = [];
      for (const match of code.matchAll(/import\((["'])(\.{1,2}\/[^"']+)\1\)/g)) {
        const resolved = await this.resolve(match[2], id);
        const injected = inject && resolved && injectedFiles.get(resolved.id);
        const lazy = injected || (resolved && lazyFiles.get(resolved.id));
        if (!lazy) continue;
        const reference = this.emitFile({ type: 'asset', fileName: lazy.fileName, source: lazy.code });
        let load = `import(import.meta.ROLLUP_FILE_URL_${reference})`;
        if (injected) {
          // This module imports what the file takes, and hands it over once the file has loaded.
          const modules = injected.imports.map(({ id: from, names }) => {
            const locals = names.map((name) => {
              const local = `awHanded${handed.length}`;
              handed.push(`import { ${name} as ${local} } from ${JSON.stringify(from)};`);
              return `${name}: ${local}`;
            });
            return `{ ${locals.join(', ')} }`;
          });
          load = `${load}.then((module) => module.default([${modules.join(', ')}]))`;
        }
        changed = changed.replace(match[0], load);
      }
      if (changed === code) return null;
      return { code: `${handed.join('\n')}\n${changed}`, map: null };
    },
    // A classic script knows its URL only while it runs (`document.currentScript`), not when it
    // later asks for a file: the IIFE keeps it from its first line (`classicScriptUrl`).
    resolveFileUrl({ format, relativePath }) {
      return format === 'iife' ? `new URL(${JSON.stringify(relativePath)}, awScriptUrl).href` : null;
    },
  };
}

/**
 * In the IIFE, `import.meta.url` (the share button's default `script-url`, which embed snippets
 * load with `<script type="module">`) is the ES module bundle beside it: loaded as a module, the
 * classic script could not tell its own URL, and would look for its on-demand files beside the
 * partner's page.
 */
function moduleBundleUrl() {
  return {
    name: 'module-bundle-url',
    resolveImportMeta(property, { format }) {
      return format === 'iife' && property === 'url' ? 'new URL("article-widgets.js", awScriptUrl).href' : null;
    },
  };
}

/** The IIFE's own URL, taken while it runs, for `useLazyFiles`. */
const classicScriptUrl =
  "var awScriptUrl=typeof document<'u'&&document.currentScript&&document.currentScript.src||(typeof location<'u'?location.href:'');";

/**
 * Every build's plugins: `transforms` run on lib/'s modules after the shared ones; `module`
 * is false for the classic script, whose top level terser must leave alone.
 */
const plugins = ({ transforms = [], module = true } = {}) => [
  cssLiterals(),
  shortPrivateNames(),
  ...transforms,
  nodeResolve({ exportConditions: ['browser', 'production', 'default'] }),
  terser({ ecma: 2021, module, compress: { passes: 2 }, format: { comments: false } }),
];

const onwarn = (warning, warn) => {
  // Lit's modules use `this` at the top level only in ways rollup rewrites correctly.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/** A build's entries, from a map of names to modules of lib/. */
const inputs = (modules) => Object.fromEntries(Object.entries(modules).map(([name, file]) => [name, resolve(file)]));
/** The lazy modules' files, in dist/chunks/. */
const lazyOutput = {
  dir: 'dist',
  format: 'es',
  sourcemap: true,
  entryFileNames: 'chunks/[name]-[hash].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
};

export default [
  {
    // First: the files the other builds point their dynamic imports at.
    input: inputs(lazyModules),
    output: lazyOutput,
    plugins: [...plugins(), recordLazyFiles()],
    onwarn,
  },
  {
    // Then the lazy modules that take the bundle's own modules (see `injectedModules`).
    input: inputs(injectedModules),
    output: lazyOutput,
    plugins: plugins({ transforms: [injectImports()] }),
    onwarn,
  },
  {
    input: 'lib/bundle.js',
    // One file with every element; other languages' strings load on demand.
    output: {
      file: 'dist/article-widgets.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
      intro: litPolicyIntro,
    },
    plugins: [...plugins(), useLazyFiles({ inject: true })],
    onwarn,
  },
  {
    input: 'lib/bundle.js',
    output: {
      file: 'dist/article-widgets.iife.js',
      format: 'iife',
      name: 'ArticleWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
      intro: classicScriptUrl + litPolicyIntro,
    },
    plugins: [...plugins({ module: false }), useLazyFiles({ inject: true }), moduleBundleUrl()],
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
      manualChunks: elementChunks(),
    },
    plugins: [...plugins(), useLazyFiles(), parallelChunks()],
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
    plugins: [...plugins(), useLazyFiles()],
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
