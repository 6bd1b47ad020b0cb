/** The fake of the Excel JavaScript API lives in ./fakeExcel/; this path stays for imports. */
export * from './fakeExcel/index';
