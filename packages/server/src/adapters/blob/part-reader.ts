/**
 * Regroups a byte stream into parts of exactly `partSize` bytes (the last may be shorter; an
 * empty stream gives one empty part), for multipart uploads. Holds at most one part in memory.
 * Chunks are copied, so a source that reuses its buffer between yields cannot corrupt a part.
 */
export async function* partsOf(data: AsyncIterable<Uint8Array>, partSize: number): AsyncGenerator<Buffer> {
  let pending: Uint8Array[] = [];
  let pendingSize = 0;
  let yielded = false;
  for await (const chunk of data) {
    let rest = chunk;
    while (pendingSize + rest.byteLength >= partSize) {
      const take = partSize - pendingSize;
      pending.push(rest.slice(0, take));
      const part = Buffer.concat(pending, partSize);
      pending = [];
      pendingSize = 0;
      rest = rest.subarray(take);
      yielded = true;
      yield part;
    }
    if (rest.byteLength > 0) {
      pending.push(rest.slice());
      pendingSize += rest.byteLength;
    }
  }
  if (pendingSize > 0 || !yielded) yield Buffer.concat(pending, pendingSize);
}
