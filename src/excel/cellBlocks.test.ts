import { cellBlocks } from './cellBlocks';

const cells = (...addresses: string[]) => addresses.map((address) => ({ address, item: address }));

describe('cellBlocks', () => {
  it('joins a calculation column into one block and neighbouring columns into one rectangle', () => {
    const blocks = cellBlocks(cells('E8', 'E9', 'E10', 'F8', 'F9', 'F10'), () => '');
    expect(blocks).toEqual([
      {
        address: 'E8:F10',
        rows: 3,
        columns: 2,
        grid: [
          ['E8', 'F8'],
          ['E9', 'F9'],
          ['E10', 'F10'],
        ],
      },
    ]);
  });

  it('keeps a gap and a different key apart', () => {
    const blocks = cellBlocks(cells('A1', 'A2', 'A4', 'B1'), (a) => (a === 'B1' ? 'x' : ''));
    expect(blocks.map((b) => b.address)).toEqual(['A1:A2', 'A4', 'B1']);
  });
});
