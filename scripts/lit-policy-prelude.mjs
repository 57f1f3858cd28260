// The few bytes put in front of every browser bundle and chunk that holds a copy of Lit
// (rollup.config.mjs; the test server's in-memory bundles use it too).
//
// Why: each copy of Lit asks Trusted Types for a policy named "lit-html" when it loads. On a
// page whose CSP says `trusted-types lit-html` without 'allow-duplicates', the second request
// for that name throws, so a second copy of the bundle (two teams' embeds on one page, the
// autoloader next to the full bundle, hydrate.js before article-widgets.js) would break.
// Lit's policy is the identity (`createHTML: (s) => s`; Lit's templates are its own strings),
// so every copy can share the first one made.
//
// How: the first copy to load (one per page, marked with a Symbol.for key on globalThis) wraps
// `trustedTypes.createPolicy` so that a second request for "lit-html" gets the policy the first
// request made. Other names, and pages without Trusted Types, are left alone. A "lit-html"
// policy made by some other Lit before any of our bundles loaded cannot be reached: such a page
// still needs 'allow-duplicates'.

function shareLitPolicy(key) {
  const factory = globalThis.trustedTypes;
  if (factory === undefined || globalThis[key]) return;
  globalThis[key] = true;
  const createPolicy = factory.createPolicy;
  let litPolicy;
  factory.createPolicy = (name, rules) =>
    name === 'lit-html'
      ? (litPolicy ??= createPolicy.call(factory, name, rules))
      : createPolicy.call(factory, name, rules);
}

/** The prelude as source text, one statement. */
export const litPolicyPrelude = `(${shareLitPolicy})(Symbol.for('article-widgets.lit-html-policy'));\n`;

/**
 * For rollup's `output.intro`: the prelude for a chunk that holds Lit's lit-html.js, nothing
 * for the others. (Rollup adds the intro before terser runs, and keeps the source map right.)
 */
export function litPolicyIntro(chunk) {
  return chunk.moduleIds.some((id) => /[\\/]lit-html[\\/]lit-html\.js$/.test(id)) ? litPolicyPrelude : '';
}
