// sys._debugmallocstats() text, in CPython 3.11's exact format, from the simulated
// state. CPython (Python/sysmodule.c sys__debugmallocstats_impl) writes to stderr:
// _PyObject_DebugMallocStats (Objects/obmalloc.c), a blank line, then
// _PyObject_DebugTypeStats (Objects/object.c): the dict, float, list and tuple free
// lists, each line through _PyDebugAllocatorStats.

import type { MemoryProfile } from '../profiles/memory';
import type { FreeLists } from './freelist';
import type { Obmalloc } from './obmalloc';

/** printone(): msg padded to 35 columns, '=', the value with thousands commas right-aligned in 21. */
export function printone(msg: string, value: number): string {
  const digits = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return msg.padEnd(35, ' ') + '=' + digits.padStart(21, ' ') + '\n';
}

/** _PyDebugAllocatorStats(out, block_name, num_blocks, sizeof_block). */
export function debugAllocatorStats(blockName: string, numBlocks: number, sizeofBlock: number): string {
  const buf1 = `${numBlocks} ${blockName}s * ${sizeofBlock} bytes each`;
  return printone(buf1.padStart(48, ' ') + ' ', numBlocks * sizeofBlock);
}

/** _PyObject_DebugMallocStats(out). */
export function obmallocStats(m: Obmalloc): string {
  const numclasses = m.NB_SMALL_SIZE_CLASSES;
  const numpools = new Array<number>(numclasses).fill(0);
  const numblocks = new Array<number>(numclasses).fill(0);
  const numfreeblocks = new Array<number>(numclasses).fill(0);
  let numfreepools = 0;
  let arenaAlignment = 0;
  let narenas = 0;
  let out = `Small block threshold = ${m.SMALL_REQUEST_THRESHOLD}, in ${numclasses} size classes.\n`;

  // Full pools are in no list, so march over every arena's carved pools.
  for (const a of m.arenas) {
    if (a.address === 0) continue;
    narenas++;
    numfreepools += a.nfreepools;
    if (a.address % m.POOL_SIZE !== 0) arenaAlignment += m.POOL_SIZE;
    for (const p of a.pools) {
      if (p.count === 0) continue;
      numpools[p.szidx]++;
      numblocks[p.szidx] += p.count;
      numfreeblocks[p.szidx] += m.numBlocks(p.szidx) - p.count;
    }
  }

  out += '\n';
  out += 'class   size   num pools   blocks in use  avail blocks\n' + '-----   ----   ---------   -------------  ------------\n';
  let allocatedBytes = 0;
  let availableBytes = 0;
  let poolHeaderBytes = 0;
  let quantization = 0;
  for (let i = 0; i < numclasses; i++) {
    const p = numpools[i];
    if (p === 0) continue;
    const b = numblocks[i];
    const f = numfreeblocks[i];
    const size = m.indexToSize(i);
    out += String(i).padStart(5) + ' ' + String(size).padStart(6) + ' ' + String(p).padStart(11) + ' ' +
      String(b).padStart(15) + ' ' + String(f).padStart(13) + '\n';
    allocatedBytes += b * size;
    availableBytes += f * size;
    poolHeaderBytes += p * m.POOL_OVERHEAD;
    quantization += p * ((m.POOL_SIZE - m.POOL_OVERHEAD) % size);
  }
  out += '\n';
  out += printone('# arenas allocated total', m.ntimes_arena_allocated);
  out += printone('# arenas reclaimed', m.ntimes_arena_allocated - narenas);
  out += printone('# arenas highwater mark', m.narenas_highwater);
  out += printone('# arenas allocated current', narenas);
  out += printone(`${narenas} arenas * ${m.ARENA_SIZE} bytes/arena`, narenas * m.ARENA_SIZE);
  out += '\n';
  let total = 0;
  const line = (msg: string, v: number) => {
    total += v;
    out += printone(msg, v);
  };
  line('# bytes in allocated blocks', allocatedBytes);
  line('# bytes in available blocks', availableBytes);
  line(`${numfreepools} unused pools * ${m.POOL_SIZE} bytes`, numfreepools * m.POOL_SIZE);
  line('# bytes lost to pool headers', poolHeaderBytes);
  line('# bytes lost to quantization', quantization);
  line('# bytes lost to arena alignment', arenaAlignment);
  out += printone('Total', total);

  // Radix tree (64-bit, USE_INTERIOR_NODES): root 2**15 pointers, mid 2**15 pointers,
  // bottom 2**14 arena_coverage_t (two int32) per node.
  const { mid, bot } = m.arenaMapCounts;
  const rootBytes = 2 ** 15 * 8;
  const midBytes = 2 ** 15 * 8;
  const botBytes = 2 ** 14 * 8;
  out += '\narena map counts\n';
  out += printone('# arena map mid nodes', mid);
  out += printone('# arena map bot nodes', bot);
  out += '\n';
  out += printone('# bytes lost to arena map root', rootBytes);
  out += printone('# bytes lost to arena map mid', midBytes * mid);
  out += printone('# bytes lost to arena map bot', botBytes * bot);
  out += printone('Total', rootBytes + midBytes * mid + botBytes * bot);
  return out;
}

/** _PyObject_DebugTypeStats(out): dict, float, list and tuple free lists. */
export function typeStats<O, K>(mem: MemoryProfile, fl: FreeLists<O, K>): string {
  let out = '';
  out += debugAllocatorStats('free PyDictObject', fl.dict.numfree, mem.types.dict.basicsize);
  out += debugAllocatorStats('free PyFloatObject', fl.float.numfree, mem.types.float.basicsize);
  out += debugAllocatorStats('free PyListObject', fl.list.numfree, mem.types.list.basicsize);
  const t = mem.types.tuple;
  fl.tuple.forEach((list, i) => {
    const len = i + 1;
    out += debugAllocatorStats(`free ${len}-sized PyTupleObject`, list.numfree, t.basicsize + len * t.itemsize);
  });
  return out;
}

/** Everything sys._debugmallocstats() writes (to stderr). */
export function debugMallocStats<O, K>(mem: MemoryProfile, m: Obmalloc, fl: FreeLists<O, K>): string {
  return obmallocStats(m) + '\n' + typeStats(mem, fl);
}
