// Views of earlier runs, kept on disk (the extension's global storage): a run is a pure
// function of the file's text, its name and the settings, for one build of the simulator,
// so a file opened again — in a new window, after a restart, or an edit undone — shows
// its lenses at once instead of after a fresh worker's cold run. An entry is named by the
// SHA-256 of all of these (the file's text itself is not kept) and holds that digest
// again; a missing, unreadable, cut-short or foreign entry is a miss, and the file is run
// as if nothing were stored.

import type { RunRequest } from '../worker/protocol';
import type { SummaryView } from '../lens/view';

/** The storage folder, as the platform gives it (vscode.workspace.fs; node:fs in the bench). */
export interface StoreFolder {
  /** The file's bytes, or undefined when there is none. */
  read(name: string): Promise<Uint8Array | undefined>;
  write(name: string, data: Uint8Array): Promise<void>;
  /** The entries' names. */
  list(): Promise<string[]>;
  /** Last modification, ms since the epoch (0 when unknown). */
  mtime(name: string): Promise<number>;
  remove(name: string): Promise<void>;
}

/** What a run's view depends on, besides the build. */
type RunInputs = Pick<RunRequest, 'source' | 'filename' | 'python' | 'maxSteps' | 'showRuntimeObjects'>;

/** An entry is lines of JSON: the header (what the view was computed from), the view
 *  without its lenses and hovers, then the lines' lenses and hovers in chunks. A large
 *  view is read back chunk by chunk, the host free between them (as the worker's messages). */
interface Header {
  format: typeof FORMAT;
  /** The SHA-256 (hex) of the build and the run's inputs; also the entry's name. */
  key: string;
  /** Lines of chunks that follow: an entry cut short is a miss, never a view with lines missing. */
  chunks: number;
}

interface Chunk {
  lenses: SummaryView['lenses'];
  hovers: SummaryView['hovers'];
}

const FORMAT = 3;
const SUFFIX = '.view.json';
/** Lenses per chunk: parsing one takes well under a millisecond. */
const CHUNK = 200;

export interface StoreLimits {
  /** Views kept; the least recently written go first. */
  entries: number;
  /** A view larger than this (its JSON, in characters) is not kept: the store is for files
   *  a learner reads, not for holding megabytes per file. */
  maxChars: number;
}

export const DEFAULT_LIMITS: StoreLimits = { entries: 64, maxChars: 8_000_000 };

/** Lets the host's other tasks run between two chunks. */
const yieldToHost = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class ViewStore {
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  /** `build` names the simulator's build: views of another build are never used. `subtle`:
   *  WebCrypto's digests (node's webcrypto in a Node extension host, the page's in a browser). */
  constructor(private readonly folder: StoreFolder, private readonly build: string, private readonly subtle: SubtleCrypto,
    private readonly limits: StoreLimits = DEFAULT_LIMITS) {}

  /** The view stored for exactly these inputs, if any. */
  async get(inputs: RunInputs): Promise<SummaryView | undefined> {
    const key = await this.keyOf(inputs);
    const bytes = await this.folder.read(key + SUFFIX);
    if (bytes === undefined) return undefined;
    const lines = lineRanges(bytes);
    const line = (i: number): unknown => JSON.parse(this.decoder.decode(bytes.subarray(lines[i][0], lines[i][1])));
    try {
      const header = line(0) as Header;
      if (header.format !== FORMAT || header.key !== key) return undefined;
      if (lines.length !== header.chunks + 2) return undefined;
      const view = line(1) as SummaryView;
      for (let i = 2; i < lines.length; i++) {
        await yieldToHost();
        const c = line(i) as Chunk;
        for (const l of c.lenses) view.lenses.push(l);
        Object.assign(view.hovers, c.hovers);
      }
      return view;
    } catch {
      return undefined; // a torn write: the next put replaces it
    }
  }

  /** Keeps the view of a finished run; returns false when it is too large to keep. */
  async put(inputs: RunInputs, view: SummaryView): Promise<boolean> {
    const key = await this.keyOf(inputs);
    const chunks: string[] = [];
    const rest = { ...view.hovers };
    let chars = 0;
    for (let i = 0; i < view.lenses.length; i += CHUNK) {
      if (i > 0) await yieldToHost();
      const lenses = view.lenses.slice(i, i + CHUNK);
      const hovers: SummaryView['hovers'] = {};
      for (const l of lenses) {
        if (rest[l.line] === undefined) continue;
        hovers[l.line] = rest[l.line];
        delete rest[l.line];
      }
      chunks.push(JSON.stringify({ lenses, hovers } satisfies Chunk));
      chars += chunks[chunks.length - 1].length;
      if (chars > this.limits.maxChars) return false;
    }
    const header: Header = { format: FORMAT, key, chunks: chunks.length };
    const lines = [JSON.stringify(header), JSON.stringify({ ...view, lenses: [], hovers: rest }), ...chunks];
    await this.folder.write(key + SUFFIX, this.encoder.encode(lines.join('\n') + '\n'));
    await this.evict();
    return true;
  }

  /** Removes the oldest entries beyond the limit. */
  private async evict(): Promise<void> {
    const names = (await this.folder.list()).filter((n) => n.endsWith(SUFFIX));
    if (names.length <= this.limits.entries) return;
    const aged = await Promise.all(names.map(async (name) => ({ name, t: await this.folder.mtime(name) })));
    aged.sort((a, b) => a.t - b.t);
    for (const { name } of aged.slice(0, aged.length - this.limits.entries)) await this.folder.remove(name);
  }

  /** The SHA-256 of the build, the settings and the text. */
  private async keyOf(inputs: RunInputs): Promise<string> {
    const settings = JSON.stringify([this.build, inputs.filename, inputs.python, inputs.maxSteps, inputs.showRuntimeObjects]);
    const digest = await this.subtle.digest('SHA-256', this.encoder.encode(`${settings}\0${inputs.source}`));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  }
}

/** [start, end) of each line that ends with a newline (a last line without one was cut short). */
function lineRanges(bytes: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; ;) {
    const end = bytes.indexOf(10, start);
    if (end < 0) return out;
    out.push([start, end]);
    start = end + 1;
  }
}
