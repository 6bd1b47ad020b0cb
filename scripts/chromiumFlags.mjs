// Flags for Debian's Chromium on these machines (DESIGN.md §8): headless as root, and no
// background connections, which the closed network would refuse many at a time.
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
