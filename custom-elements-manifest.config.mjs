/**
 * The elements register through `defineElement(tag, class)` (safe when a page loads the bundle
 * twice), which the analyzer does not know: this plugin gives each class its tagName and the
 * module its custom-element-definition export, as `customElements.define` would.
 */
function defineElementPlugin() {
  return {
    name: 'article-widgets-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteralLike(tag)) return;
      const name = element.getText();
      // Only classes declared in this module: registering an imported element (so that it is
      // defined wherever this one is) does not make this module its home.
      const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === name);
      if (!declaration) return;
      declaration.tagName = tag.text;
      declaration.customElement = true;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name, module: moduleDoc.path },
      });
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [defineElementPlugin()],
};
