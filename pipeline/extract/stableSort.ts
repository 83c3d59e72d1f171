/**
 * `items.sort(compare)` that first looks whether the items are in order already: most lists the rules sort (a
 * sentence's items, a source's mentions and attributions) come out of their scans in order, and a stable sort
 * leaves such a list as it is, while `Array.prototype.sort` copies it into work arrays at every call.
 */
export function sortUnlessOrdered<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let k = 1; k < items.length; k++) if (compare(items[k - 1], items[k]) > 0) return items.sort(compare);
  return items;
}
