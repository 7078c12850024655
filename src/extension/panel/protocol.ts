// The memory panel's messages, both ways, and their validators. The host (MemoryPanel,
// inside the extension) and the webview (webview/, a browser bundle) both import this
// file, so it depends on nothing but the snapshot's *types*: each side checks what it
// receives before acting on it, and a malformed, unknown or oversized message is
// rejected with a reason (logged) instead of reaching the views.
//
// After the first whole `snapshot`, the host sends only `delta`s (the webview applies
// them to the picture it holds); a webview that reloads sends `ready` and gets a whole
// snapshot again.

import type {
  HeapSnapshot, SnapshotDelta, ObjectSnap, FrameSnap, GcSnap, AllocatorView, AllocatorDelta, PoolView,
  RefSlot, MemoryLocation, GcCollectionEvent, ArenaView, BlockView, RawChunkView, FreeListView, RefSnap,
  ReferrerSnap, GcExamined, GcObjectRef, GcGenerationSnap, BlockState,
} from '../../model/snapshot';

/** The snapshot format this panel reads (model/snapshot.ts SNAPSHOT_VERSION; the type
 *  annotation fails to compile when the model's version moves, so both change together). */
export const SUPPORTED_SNAPSHOT_VERSION: HeapSnapshot['version'] = 1;

export type ViewName = 'objects' | 'gc' | 'allocator' | 'timeline';
export const VIEW_NAMES: readonly ViewName[] = ['objects', 'gc', 'allocator', 'timeline'];

/** One stop the session has visited. `event` says why it stopped there: 'entry', 'line',
 *  'step', 'breakpoint', 'call', 'return', 'exception', 'gc', 'end'... (free text, short). */
export interface TimelineStep {
  step: number;
  line: number;
  file: string;
  event: string;
}

/** A collection that ran between the previous stop and `step`. */
export interface TimelineCollection {
  step: number;
  /** The oldest generation collected. */
  generation: number;
  /** Unreachable objects found (gc.collect()'s result). */
  collected: number;
}

export interface Timeline {
  /** The stops visited, in step order (a step revisited after stepping back is listed once). */
  steps: TimelineStep[];
  collections: TimelineCollection[];
  /** The step the session is at now. */
  current: number;
}

/** ob_refcnt of one object at a stop (absent at stops where the object did not exist). */
export interface RefcntPoint {
  step: number;
  ob_refcnt: number;
}

export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

/** Host → webview. */
export type HostMessage =
  | { type: 'snapshot'; snapshot: HeapSnapshot }
  | { type: 'delta'; delta: SnapshotDelta }
  | { type: 'select'; id: number | null }
  | { type: 'timeline'; timeline: Timeline }
  | { type: 'history'; id: number; points: RefcntPoint[] }
  | { type: 'session-ended'; reason?: string }
  | { type: 'theme'; kind: ThemeKind }
  /** Bring a view's tab to the front (the status bar's GC item opens the panel on 'gc'). */
  | { type: 'show'; view: ViewName };

export type ExportFormat = 'svg' | 'png' | 'json';

/** Webview → host. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'select'; id: number | null }
  | { type: 'goto-step'; step: number }
  | { type: 'request-history'; id: number }
  /** An export the user asked for: svg (the text), png (base64, no data: prefix); json is
   *  written by the host from the snapshot it sent (no data). */
  | { type: 'export'; format: ExportFormat; view: ViewName; step: number; data?: string }
  | { type: 'log'; level: 'error' | 'warn' | 'info'; message: string };

export type Validated<T> = { ok: true; message: T } | { ok: false; error: string };

/** Bounds a message must stay within. Generous for a real session (a heap of 100,000
 *  objects, a session of a million stops), small enough that a runaway sender cannot make
 *  the other side build something it cannot draw. */
export const LIMITS = {
  objects: 250_000,
  refsPerObject: 20_000,
  referrersPerObject: 20_000,
  frames: 5_000,
  localsPerFrame: 50_000,
  stackPerFrame: 50_000,
  generationObjects: 500_000,
  arenas: 16_384,
  poolsPerArena: 64,
  blocksPerPool: 4_096,
  rawChunks: 1_000_000,
  freeLists: 256,
  freeListEntries: 100_000,
  gcEventObjects: 1_000_000,
  /** repr, labels, names, file names. */
  text: 64 * 1024,
  /** The program's output so far. */
  output: 16 * 1024 * 1024,
  timelineSteps: 2_000_000,
  historyPoints: 2_000_000,
  logMessage: 16 * 1024,
  /** An exported SVG or PNG (base64). */
  exportData: 96 * 1024 * 1024,
} as const;

// ---------------------------------------------------------------------------
// Checking: each helper throws Invalid at the first bad value. A message is checked first
// with no paths at all (path null: nothing is allocated per value, so a heap of 100,000
// objects checks in milliseconds), and only when that fails once more with paths, to say
// where.

class Invalid extends Error {}
type Path = (() => string) | null;

function fail(path: Path, what: string): never {
  throw new Invalid(path === null ? what : `${path()}: ${what}`);
}
const at = (path: Path, key: string | number): Path =>
  path === null ? null : () => (typeof key === 'number' ? `${path()}[${key}]` : `${path()}.${key}`);

function record(v: unknown, path: Path): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'expected an object');
  return v as Record<string, unknown>;
}
function num(v: unknown, path: Path): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, 'expected a finite number');
  return v;
}
function int(v: unknown, path: Path): number {
  if (!Number.isSafeInteger(v)) fail(path, 'expected an integer');
  return v as number;
}
function str(v: unknown, path: Path, max: number = LIMITS.text): string {
  if (typeof v !== 'string') fail(path, 'expected a string');
  if (v.length > max) fail(path, `string of ${v.length} characters (at most ${max})`);
  return v;
}
function bool(v: unknown, path: Path): boolean {
  if (typeof v !== 'boolean') fail(path, 'expected a boolean');
  return v;
}
function oneOf<T extends string | number>(v: unknown, allowed: readonly T[], path: Path): T {
  if (!allowed.includes(v as T)) fail(path, `expected one of ${allowed.join(', ')}`);
  return v as T;
}
function list(v: unknown, path: Path, max: number): unknown[] {
  if (!Array.isArray(v)) fail(path, 'expected an array');
  if (v.length > max) fail(path, `${v.length} entries (at most ${max})`);
  return v;
}
function ints(v: unknown, path: Path, max: number): void {
  const a = list(v, path, max);
  for (let i = 0; i < a.length; i++) if (!Number.isSafeInteger(a[i])) fail(at(path, i), 'expected an integer');
}
function optional<T>(v: unknown, path: Path, check: (v: unknown, p: Path) => T): void {
  if (v !== undefined) check(v, path);
}

// Field lists checked in loops (module constants: nothing is allocated per object).
const POOL_LOCATION = ['arena', 'pool', 'block', 'szidx', 'blockSize'] as const;
const RAW_LOCATION = ['chunk', 'nbytes'] as const;
const FRAME_NAMES = ['name', 'qualname', 'filename'] as const;
const GC_EVENT_COUNTS = ['survivorsGeneration', 'survivors', 'collected', 'uncollectable'] as const;
const GC_COUNTS = ['permanent', 'longLivedTotal', 'longLivedPending'] as const;
const POOL_FIELDS = ['index', 'address', 'szidx', 'blockSize', 'count', 'nblocks', 'nfree', 'nneverUsed'] as const;
const ARENA_FIELDS = ['index', 'address', 'version', 'ntotalpools', 'nfreepools'] as const;
const RAW_FIELDS = ['address', 'nbytes', 'chunkSize'] as const;
const ALLOCATOR_COUNTS = ['memoryUsed', 'memoryCap', 'rawVersion', 'freeListsVersion'] as const;
const ALLOCATOR_SIZES = ['arenaSize', 'poolSize', 'poolOverhead'] as const;
const FLAG_NAMES = ['static', 'interned', 'runtime', 'internal', 'customRepr'] as const;
const CACHED_KINDS = ['small int', 'latin-1 char', 'empty', 'singleton'] as const;
const cachedKind = (c: unknown, p: Path): void => void oneOf(c, CACHED_KINDS, p);
function intFields(o: Record<string, unknown>, keys: readonly string[], path: Path): void {
  for (const k of keys) int(o[k], at(path, k));
}
function numFields(o: Record<string, unknown>, keys: readonly string[], path: Path): void {
  for (const k of keys) num(o[k], at(path, k));
}
function strFields(o: Record<string, unknown>, keys: readonly string[], path: Path): void {
  for (const k of keys) str(o[k], at(path, k));
}

const SLOT_KINDS: readonly RefSlot['kind'][] = ['index', 'key', 'value', 'attr', 'item', 'cell', 'local', 'stack', 'const', 'other'];
function slot(v: unknown, path: Path): void {
  const s = record(v, path);
  const kind = oneOf(s.kind, SLOT_KINDS, at(path, 'kind'));
  switch (kind) {
    case 'index': case 'stack': case 'const': int(s.index, at(path, 'index')); break;
    case 'key': case 'value': str(s.key, at(path, 'key')); break;
    case 'attr': case 'local': str(s.name, at(path, 'name')); break;
    case 'other': str(s.label, at(path, 'label')); break;
    default: break;
  }
}

const MEMORY_KINDS: readonly MemoryLocation['kind'][] = ['pool', 'raw', 'static', 'startup'];
function memoryLocation(v: unknown, path: Path): void {
  const m = record(v, path);
  const kind = oneOf(m.kind, MEMORY_KINDS, at(path, 'kind'));
  if (kind === 'pool') intFields(m, POOL_LOCATION, path);
  else if (kind === 'raw') intFields(m, RAW_LOCATION, path);
}

const GC_STATES: readonly ObjectSnap['gc'][] = [0, 1, 2, 'permanent', 'untracked'];
function objectSnap(v: unknown, path: Path): void {
  const o = record(v, path);
  int(o.id, at(path, 'id'));
  str(o.type, at(path, 'type'));
  str(o.repr, at(path, 'repr'));
  int(o.ob_refcnt, at(path, 'ob_refcnt'));
  int(o.size, at(path, 'size'));
  oneOf(o.gc, GC_STATES, at(path, 'gc'));
  const flags = record(o.flags, at(path, 'flags'));
  for (const k of FLAG_NAMES) optional(flags[k], at(path, k), bool);
  optional(flags.cached, at(path, 'cached'), cachedKind);
  memoryLocation(o.memory, at(path, 'memory'));
  optional(o.length, at(path, 'length'), int);
  optional(o.refsTruncated, at(path, 'refsTruncated'), bool);
  const refs = list(o.refs, at(path, 'refs'), LIMITS.refsPerObject);
  for (let i = 0; i < refs.length; i++) {
    const rp = at(at(path, 'refs'), i);
    const r = record(refs[i], rp);
    int(r.to, at(rp, 'to'));
    slot(r.slot, at(rp, 'slot'));
  }
  const referrers = list(o.referrers, at(path, 'referrers'), LIMITS.referrersPerObject);
  for (let i = 0; i < referrers.length; i++) {
    const rp = at(at(path, 'referrers'), i);
    const r = record(referrers[i], rp);
    optional(r.from, at(rp, 'from'), int);
    optional(r.frame, at(rp, 'frame'), int);
    str(r.label, at(rp, 'label'));
    slot(r.slot, at(rp, 'slot'));
    int(r.count, at(rp, 'count'));
  }
}

const FRAME_KINDS: readonly FrameSnap['kind'][] = ['module', 'class', 'function', 'generator', 'lambda', 'comprehension'];
function frameSnap(v: unknown, path: Path): void {
  const f = record(v, path);
  int(f.id, at(path, 'id'));
  strFields(f, FRAME_NAMES, path);
  int(f.line, at(path, 'line'));
  oneOf(f.kind, FRAME_KINDS, at(path, 'kind'));
  oneOf(f.calledBy, ['python', 'runtime'], at(path, 'calledBy'));
  const locals = list(f.locals, at(path, 'locals'), LIMITS.localsPerFrame);
  for (let i = 0; i < locals.length; i++) {
    const lp = at(at(path, 'locals'), i);
    const l = record(locals[i], lp);
    str(l.name, at(lp, 'name'));
    if (l.id !== null) int(l.id, at(lp, 'id'));
  }
  const stack = list(f.stack, at(path, 'stack'), LIMITS.stackPerFrame);
  for (let i = 0; i < stack.length; i++) if (stack[i] !== null) int(stack[i], at(at(path, 'stack'), i));
}

function gcRefs(v: unknown, path: Path): void {
  const a = list(v, path, LIMITS.gcEventObjects);
  for (let i = 0; i < a.length; i++) {
    const r = record(a[i], at(path, i));
    int(r.id, at(at(path, i), 'id'));
    str(r.type, at(at(path, i), 'type'));
  }
}

function gcEvent(v: unknown, path: Path): void {
  const e = record(v, path);
  int(e.step, at(path, 'step'));
  int(e.generation, at(path, 'generation'));
  oneOf(e.trigger, ['automatic', 'gc.collect'], at(path, 'trigger'));
  ints(e.countsBefore, at(path, 'countsBefore'), 16);
  const examined = list(e.examined, at(path, 'examined'), LIMITS.gcEventObjects);
  for (let i = 0; i < examined.length; i++) {
    const xp = at(at(path, 'examined'), i);
    const x = record(examined[i], xp);
    int(x.id, at(xp, 'id'));
    str(x.type, at(xp, 'type'));
    int(x.refcnt, at(xp, 'refcnt'));
    int(x.gc_refs, at(xp, 'gc_refs'));
  }
  const lists: (keyof GcCollectionEvent)[] = ['untracked', 'unreachable', 'weakrefsCleared', 'weakrefCallbacks', 'finalized', 'resurrected', 'freed', 'saved'];
  for (const k of lists) gcRefs(e[k], at(path, k));
  intFields(e, GC_EVENT_COUNTS, path);
}

function gcSnap(v: unknown, path: Path): void {
  const g = record(v, path);
  bool(g.enabled, at(path, 'enabled'));
  const gens = list(g.generations, at(path, 'generations'), 3);
  if (gens.length !== 3) fail(at(path, 'generations'), 'expected 3 generations');
  for (let i = 0; i < 3; i++) {
    const gp = at(at(path, 'generations'), i);
    const gen = record(gens[i], gp);
    int(gen.count, at(gp, 'count'));
    int(gen.threshold, at(gp, 'threshold'));
    ints(gen.objects, at(gp, 'objects'), LIMITS.generationObjects);
    optional(gen.objectsTruncated, at(gp, 'objectsTruncated'), bool);
  }
  intFields(g, GC_COUNTS, path);
  ints(g.collections, at(path, 'collections'), 3);
  optional(g.last, at(path, 'last'), gcEvent);
}

const POOL_STATES: readonly PoolView['state'][] = ['used', 'full', 'empty'];
const BLOCK_STATES = ['allocated', 'free', 'never-used'] as const;
function poolView(v: unknown, path: Path): void {
  const p = record(v, path);
  intFields(p, POOL_FIELDS, path);
  oneOf(p.state, POOL_STATES, at(path, 'state'));
  ints(p.freeList, at(path, 'freeList'), LIMITS.blocksPerPool);
  const blocks = list(p.blocks, at(path, 'blocks'), LIMITS.blocksPerPool);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as { offset?: unknown; address?: unknown; state?: unknown; owner?: unknown } | null;
    // The common case checked inline (100,000 blocks per update), the path built on failure only.
    if (typeof b !== 'object' || b === null || !Number.isSafeInteger(b.offset) || !Number.isSafeInteger(b.address) ||
        !BLOCK_STATES.includes(b.state as typeof BLOCK_STATES[number])) {
      fail(at(at(path, 'blocks'), i), 'expected a block {offset, address, state}');
    }
    if (b.owner !== undefined) ownerRef(b.owner, at(at(at(path, 'blocks'), i), 'owner'));
  }
}

function ownerRef(v: unknown, path: Path): void {
  const o = record(v, path);
  int(o.id, at(path, 'id'));
  str(o.type, at(path, 'type'));
  str(o.part, at(path, 'part'));
}

function arenaHeader(a: Record<string, unknown>, path: Path): void {
  intFields(a, ARENA_FIELDS, path);
}

function rawAndFreeLists(m: Record<string, unknown>, path: Path): void {
  const raw = list(m.raw, at(path, 'raw'), LIMITS.rawChunks);
  for (let i = 0; i < raw.length; i++) {
    const cp = at(at(path, 'raw'), i);
    const c = record(raw[i], cp);
    intFields(c, RAW_FIELDS, cp);
    bool(c.mmapped, at(cp, 'mmapped'));
    optional(c.owner, at(cp, 'owner'), ownerRef);
  }
  const fls = list(m.freeLists, at(path, 'freeLists'), LIMITS.freeLists);
  for (let i = 0; i < fls.length; i++) {
    const fp = at(at(path, 'freeLists'), i);
    const f = record(fls[i], fp);
    str(f.kind, at(fp, 'kind'));
    str(f.name, at(fp, 'name'));
    int(f.capacity, at(fp, 'capacity'));
    int(f.count, at(fp, 'count'));
    ints(f.addresses, at(fp, 'addresses'), LIMITS.freeListEntries);
  }
  numFields(m, ALLOCATOR_COUNTS, path);
}

function allocatorView(v: unknown, path: Path): void {
  const m = record(v, path);
  intFields(m, ALLOCATOR_SIZES, path);
  const arenas = list(m.arenas, at(path, 'arenas'), LIMITS.arenas);
  for (let i = 0; i < arenas.length; i++) {
    const ap = at(at(path, 'arenas'), i);
    const a = record(arenas[i], ap);
    arenaHeader(a, ap);
    const pools = list(a.pools, at(ap, 'pools'), LIMITS.poolsPerArena);
    for (let j = 0; j < pools.length; j++) poolView(pools[j], at(at(ap, 'pools'), j));
  }
  rawAndFreeLists(m, path);
}

function allocatorDelta(v: unknown, path: Path): void {
  const m = record(v, path);
  const arenas = list(m.arenas, at(path, 'arenas'), LIMITS.arenas);
  for (let i = 0; i < arenas.length; i++) {
    const ap = at(at(path, 'arenas'), i);
    const a = record(arenas[i], ap);
    arenaHeader(a, ap);
    const n = int(a.npools, at(ap, 'npools'));
    if (n < 0 || n > LIMITS.poolsPerArena) fail(at(ap, 'npools'), `${n} pools (at most ${LIMITS.poolsPerArena})`);
  }
  const pools = list(m.pools, at(path, 'pools'), LIMITS.arenas * LIMITS.poolsPerArena);
  for (let i = 0; i < pools.length; i++) {
    const pp = at(at(path, 'pools'), i);
    const p = record(pools[i], pp);
    int(p.arena, at(pp, 'arena'));
    poolView(p.pool, at(pp, 'pool'));
  }
  rawAndFreeLists(m, path);
}

function version(v: unknown, path: Path): void {
  if (v !== SUPPORTED_SNAPSHOT_VERSION) fail(path, `snapshot version ${String(v)} (this panel reads version ${SUPPORTED_SNAPSHOT_VERSION})`);
}

function objects(v: unknown, path: Path): void {
  const a = list(v, path, LIMITS.objects);
  for (let i = 0; i < a.length; i++) objectSnap(a[i], at(path, i));
}
function frames(v: unknown, path: Path): void {
  const a = list(v, path, LIMITS.frames);
  for (let i = 0; i < a.length; i++) frameSnap(a[i], at(path, i));
}

/** What a snapshot and a delta both carry: where the program is, its frames, its GC. */
function pictureHeader(r: Record<string, unknown>, path: Path): void {
  version(r.version, at(path, 'version'));
  str(r.filename, at(path, 'filename'));
  int(r.line, at(path, 'line'));
  frames(r.frames, at(path, 'frames'));
  int(r.omittedRuntimeObjects, at(path, 'omittedRuntimeObjects'));
  gcSnap(r.gc, at(path, 'gc'));
}

export function checkSnapshot(v: unknown, path: Path): HeapSnapshot {
  const s = record(v, path);
  pictureHeader(s, path);
  str(s.python, at(path, 'python'));
  int(s.step, at(path, 'step'));
  objects(s.objects, at(path, 'objects'));
  allocatorView(s.memory, at(path, 'memory'));
  str(s.stdout, at(path, 'stdout'), LIMITS.output);
  str(s.stderr, at(path, 'stderr'), LIMITS.output);
  return s as unknown as HeapSnapshot;
}

function checkDelta(v: unknown, path: Path): SnapshotDelta {
  const d = record(v, path);
  pictureHeader(d, path);
  int(d.fromStep, at(path, 'fromStep'));
  int(d.toStep, at(path, 'toStep'));
  objects(d.upserted, at(path, 'upserted'));
  ints(d.removed, at(path, 'removed'), LIMITS.objects);
  allocatorDelta(d.memory, at(path, 'memory'));
  optional(d.stdout, at(path, 'stdout'), (x, p) => str(x, p, LIMITS.output));
  optional(d.stderr, at(path, 'stderr'), (x, p) => str(x, p, LIMITS.output));
  return d as unknown as SnapshotDelta;
}

function checkTimeline(v: unknown, path: Path): Timeline {
  const t = record(v, path);
  const steps = list(t.steps, at(path, 'steps'), LIMITS.timelineSteps);
  for (let i = 0; i < steps.length; i++) {
    const sp = at(at(path, 'steps'), i);
    const s = record(steps[i], sp);
    int(s.step, at(sp, 'step'));
    int(s.line, at(sp, 'line'));
    str(s.file, at(sp, 'file'));
    str(s.event, at(sp, 'event'), 64);
  }
  const cols = list(t.collections, at(path, 'collections'), LIMITS.timelineSteps);
  for (let i = 0; i < cols.length; i++) {
    const cp = at(at(path, 'collections'), i);
    const c = record(cols[i], cp);
    int(c.step, at(cp, 'step'));
    oneOf(c.generation, [0, 1, 2], at(cp, 'generation'));
    int(c.collected, at(cp, 'collected'));
  }
  int(t.current, at(path, 'current'));
  return t as unknown as Timeline;
}

function selection(v: unknown, path: Path): void {
  if (v !== null) int(v, path);
}

function guarded<T>(what: string, check: (root: Path) => T): Validated<T> {
  try {
    return { ok: true, message: check(null) };
  } catch {
    // Again, to say where (the same checks, with paths).
    try {
      check(() => what);
      return { ok: false, error: `${what}: rejected` };
    } catch (e) {
      if (e instanceof Invalid) return { ok: false, error: e.message };
      // A getter that throws, a cyclic structure deeper than the stack...: still rejected.
      return { ok: false, error: `${what}: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
}

const HOST_TYPES = ['snapshot', 'delta', 'select', 'timeline', 'history', 'session-ended', 'theme', 'show'] as const;
const THEMES: readonly ThemeKind[] = ['light', 'dark', 'high-contrast', 'high-contrast-light'];

/** A host → webview message, checked (the webview's entry point for everything it receives). */
export function validateHostMessage(v: unknown): Validated<HostMessage> {
  return guarded('message', (p) => {
    const m = record(v, p);
    const type = oneOf(m.type, HOST_TYPES, at(p, 'type'));
    switch (type) {
      case 'snapshot': checkSnapshot(m.snapshot, at(p, 'snapshot')); break;
      case 'delta': checkDelta(m.delta, at(p, 'delta')); break;
      case 'select': selection(m.id, at(p, 'id')); break;
      case 'timeline': checkTimeline(m.timeline, at(p, 'timeline')); break;
      case 'history': {
        int(m.id, at(p, 'id'));
        const pts = list(m.points, at(p, 'points'), LIMITS.historyPoints);
        for (let i = 0; i < pts.length; i++) {
          const pp = at(at(p, 'points'), i);
          const pt = record(pts[i], pp);
          int(pt.step, at(pp, 'step'));
          int(pt.ob_refcnt, at(pp, 'ob_refcnt'));
        }
        break;
      }
      case 'session-ended': optional(m.reason, at(p, 'reason'), str); break;
      case 'theme': oneOf(m.kind, THEMES, at(p, 'kind')); break;
      case 'show': oneOf(m.view, VIEW_NAMES, at(p, 'view')); break;
    }
    return m as unknown as HostMessage;
  });
}

const WEBVIEW_TYPES = ['ready', 'select', 'goto-step', 'request-history', 'export', 'log'] as const;

/** A webview → host message, checked (the host's entry point: the webview is less trusted). */
export function validateWebviewMessage(v: unknown): Validated<WebviewMessage> {
  return guarded('message', (p) => {
    const m = record(v, p);
    const type = oneOf(m.type, WEBVIEW_TYPES, at(p, 'type'));
    switch (type) {
      case 'ready': break;
      case 'select': selection(m.id, at(p, 'id')); break;
      case 'goto-step': int(m.step, at(p, 'step')); break;
      case 'request-history': int(m.id, at(p, 'id')); break;
      case 'export': {
        const format = oneOf(m.format, ['svg', 'png', 'json'] as const, at(p, 'format'));
        oneOf(m.view, VIEW_NAMES, at(p, 'view'));
        int(m.step, at(p, 'step'));
        if (format === 'json') {
          if (m.data !== undefined) fail(at(p, 'data'), 'a JSON export carries no data (the host writes its snapshot)');
        } else {
          const data = str(m.data, at(p, 'data'), LIMITS.exportData);
          if (format === 'svg' && !/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(data)) fail(at(p, 'data'), 'not an SVG document');
          if (format === 'png' && !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) fail(at(p, 'data'), 'not base64');
        }
        break;
      }
      case 'log': {
        oneOf(m.level, ['error', 'warn', 'info'], at(p, 'level'));
        str(m.message, at(p, 'message'), LIMITS.logMessage);
        break;
      }
    }
    return m as unknown as WebviewMessage;
  });
}

// Types re-exported for the webview, which imports the model's types only through here.
export type {
  HeapSnapshot, SnapshotDelta, ObjectSnap, FrameSnap, GcSnap, AllocatorView, AllocatorDelta, PoolView, RefSlot,
  MemoryLocation, GcCollectionEvent, ArenaView, BlockView, RawChunkView, FreeListView, RefSnap, ReferrerSnap,
  GcExamined, GcObjectRef, GcGenerationSnap, BlockState,
};
