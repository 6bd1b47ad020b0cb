import { packRequests } from './readBlocks';

const block = (sheet: number, rows: number, columns: number) => ({
  sheet,
  top: 3,
  left: 1,
  rows,
  columns,
});

describe('packRequests', () => {
  it('packs small sheets into one request', () => {
    expect(packRequests([block(0, 10, 10), block(1, 10, 10)], 1_000)).toHaveLength(1);
  });

  it('cuts a large sheet into row chunks of at most the request size', () => {
    const requests = packRequests([block(0, 250, 10)], 1_000);
    expect(requests.map((r) => r.map((b) => [b.top, b.rows]))).toEqual([
      [[3, 100]],
      [[103, 100]],
      [[203, 50]],
    ]);
  });

  it('reads one row alone when a row is wider than a request', () => {
    expect(packRequests([block(0, 3, 50)], 20)).toHaveLength(3);
  });
});
