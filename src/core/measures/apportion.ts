/**
 * Largest remainder (Hamilton) apportionment of a whole number of units by weights: each part
 * gets the floor of its exact quota, and the units left over go one each to the largest
 * remainders, earlier positions first among equal remainders. All in integers, so the parts add
 * up to `units` exactly and none is a whole unit away from its quota.
 */
export function apportion(units: bigint, weights: readonly bigint[]): bigint[] {
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weights.some((weight) => weight < 0n) || totalWeight <= 0n) {
    throw new RangeError('apportion needs non-negative weights with a positive sum');
  }
  // A negative total is split as its magnitude and negated, so −x splits as the mirror of x.
  const magnitude = units < 0n ? -units : units;
  const floors = weights.map((weight) => (magnitude * weight) / totalWeight);
  const remainders = weights.map((weight) => (magnitude * weight) % totalWeight);
  const leftOver = Number(magnitude - floors.reduce((sum, floor) => sum + floor, 0n));
  const order = weights
    .map((_, index) => index)
    .sort((a, b) =>
      remainders[b] > remainders[a] ? 1 : remainders[b] < remainders[a] ? -1 : a - b,
    );
  for (const index of order.slice(0, leftOver)) floors[index] += 1n;
  return units < 0n ? floors.map((floor) => -floor) : floors;
}
