/**
 * jieba's cuts of many sentences as one Int32Array (a count, then that many boundaries, per
 * sentence): sent to a worker thread by moving one buffer rather than cloning an array each.
 */
export function packCuts(cuts: readonly (readonly number[])[]): Int32Array<ArrayBuffer> {
  let size = 0;
  for (const c of cuts) size += 1 + c.length;
  const out = new Int32Array(size);
  let at = 0;
  for (const c of cuts) {
    out[at++] = c.length;
    for (const b of c) out[at++] = b;
  }
  return out;
}

export function unpackCuts(packed: Int32Array): number[][] {
  const out: number[][] = [];
  for (let at = 0; at < packed.length; ) {
    const n = packed[at++]!;
    out.push(Array.from(packed.subarray(at, at + n)));
    at += n;
  }
  return out;
}
