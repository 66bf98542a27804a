// The public surface of <license-manager> for tools and the README: `npm run build` writes custom-elements.json
// (`custom-elements-manifest analyze --config custom-elements-manifest.config.mjs`). Only the root and the public
// event classes are public; the lm-* parts inside it are not.

/** The root dispatches `new LmErrorEvent(...)`: the analyzer adds such calls as events without a name; `@fires` has them. */
const namedEventsOnly = {
  name: 'lm-named-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => /^lm-/.test(event.name ?? ''));
      }
    }
  },
};

export default {
  globs: ['src/components/license-manager/license-manager.ts', 'src/components/public-events.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; the README check writes the manifest elsewhere.
  packagejson: false,
  plugins: [namedEventsOnly],
};
