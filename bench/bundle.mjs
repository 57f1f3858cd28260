// Bundles bench/page.ts the way the package ships its code: each TypeScript module compiled by
// TypeScript itself (as `tsc -p tsconfig.build.json` does for lib/, so class fields come out as
// the package has them), then bundled and minified by esbuild with Lit's production build.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const typescript = {
  name: 'typescript-emit',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const { outputText } = ts.transpileModule(source, {
        fileName: path,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          useDefineForClassFields: false,
          isolatedModules: true,
        },
      });
      return { contents: outputText, loader: 'js' };
    });
  },
};

export async function bundlePage({ minify = true } = {}) {
  const result = await build({
    entryPoints: ['bench/page.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify,
    write: false,
    conditions: ['production'],
    plugins: [typescript],
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}
