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

/**
 * A `state: true` entry of the elements' `static get properties()` is internal state: Lit gives
 * it no attribute, but the analyzer lists one. This plugin takes those attributes back off.
 */
function statePropertiesPlugin() {
  return {
    name: 'article-widgets-state-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const getter = node.members.find(
        (member) =>
          ts.isGetAccessor(member) &&
          member.name.getText() === 'properties' &&
          member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
      );
      const properties = getter?.body?.statements.find(ts.isReturnStatement)?.expression;
      if (!properties || !ts.isObjectLiteralExpression(properties)) return;
      const isState = (options) =>
        ts.isObjectLiteralExpression(options) &&
        options.properties.some(
          (option) =>
            ts.isPropertyAssignment(option) &&
            option.name.getText() === 'state' &&
            option.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
      const states = new Set(
        properties.properties
          .filter((entry) => ts.isPropertyAssignment(entry) && isState(entry.initializer))
          .map((entry) => entry.name.getText()),
      );
      const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name.getText());
      if (declaration?.attributes) {
        declaration.attributes = declaration.attributes.filter((attribute) => !states.has(attribute.fieldName));
      }
    },
  };
}

/** Lit's own class configuration: public only in the language's sense, nothing a page uses. */
const litStatics = new Set(['styles', 'shadowRootOptions', 'properties', 'elementStyles']);

/** Whether a class member belongs in the manifest: public, not `_`/`#`-named, not Lit's configuration. */
function isPublicMember(member) {
  if ((member.privacy ?? 'public') !== 'public') return false;
  if (member.name.startsWith('_') || member.name.startsWith('#')) return false;
  return !(member.static && litStatics.has(member.name));
}

/**
 * The manifest describes the public API and nothing else: private, protected and `_`-named
 * members are dropped (so a private refactor leaves the file as it was), and modules come in
 * path order (so the file does not depend on the order the analyzer met them in).
 */
function publicApiPlugin() {
  return {
    name: 'article-widgets-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublicMember);
          // Public is the default; the analyzer writes it out only for the entries of `static get properties()`.
          for (const member of declaration.members ?? []) if (member.privacy === 'public') delete member.privacy;
        }
      }
      customElementsManifest.modules?.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [defineElementPlugin(), statePropertiesPlugin(), publicApiPlugin()],
};
