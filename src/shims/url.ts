// Node's `url` for the browser build of the debug adapter library (it only uses URL,
// which browsers have): esbuild aliases it here for platform: 'browser' bundles only.
export const URL = globalThis.URL;
export default { URL };
