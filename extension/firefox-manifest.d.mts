/** Types for firefox-manifest.mjs (plain JS so rollup.config.mjs can import it without a compile step). */
export declare const GECKO_ID: string;
export declare function firefoxManifest(chrome: Record<string, unknown>): Record<string, unknown>;
