/** Modules made by the web app's inline loaders (see workerSourceLoader.cjs, base64Loader.cjs). */
declare module '!!./workerSourceLoader.cjs!*' {
  /** The worker's bundled JavaScript, to start from a Blob. */
  const source: string;
  export default source;
}

declare module '!!./base64Loader.cjs!*' {
  /** The file's bytes, base64-encoded. */
  const base64: string;
  export default base64;
}
