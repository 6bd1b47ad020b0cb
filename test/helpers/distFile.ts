import fs from 'fs';
import path from 'path';

export const distDir = path.resolve(__dirname, '../../dist');

/**
 * The path of a built file; throws, saying what to do, when the build has not run (`npm test`
 * builds first through `pretest`; `npx jest` alone does not).
 */
export function distFile(name: string): string {
  const file = path.join(distDir, name);
  if (!fs.existsSync(file)) {
    throw new Error(`dist/${name} is missing: run npm run build first (npm test does it for you)`);
  }
  return file;
}
