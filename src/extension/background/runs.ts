// Background runs of the open Python files: one per document, started when the file
// opens and again after an edit (debounced), in a worker so that the extension host
// never simulates. An edit during a run terminates that run's worker (cancellation is
// immediate: the simulator cannot be interrupted from outside otherwise); an idle
// worker is kept warm for the next run. Each run is bounded by pyheap.codeLens.maxSteps.
// A run whose inputs were run before (the view store) shows the stored view instead.

import * as vscode from 'vscode';
import type { SummaryView } from '../lens/view';
import type { HoverRequest, RunRequest, SnapshotRequest, WorkerReply } from '../worker/protocol';
import type { HeapSnapshot } from '../../model/snapshot';
import type { HoverTarget } from '../lens/view';
import type { BackgroundWorker, WorkerFactory } from './worker';
import type { Log } from '../log';
import { readSettings } from '../settings';
import type { ViewStore } from './viewStore';

/** Quiet time after the last keystroke before a new run starts. */
export const DEBOUNCE_MS = 350;

interface Running {
  id: number;
  /** None while the view store is asked first. */
  worker: BackgroundWorker | undefined;
  version: number;
  started: number;
  /** Lens chunks received so far (WorkerReply 'lenses'). */
  lenses: SummaryView['lenses'];
  hovers: SummaryView['hovers'];
  request: RunRequest;
}

interface DocState {
  view: SummaryView | undefined;
  /** The view is the lenses a first run has sent so far (the document had none yet). */
  partial: boolean;
  /** The timer is an immediate run's (a warm-up would only delay it). */
  soon: boolean;
  /** The run's request (source and settings) the view came from: a hover runs it again. */
  viewRequest: RunRequest | undefined;
  /** Document version the view was computed from. */
  viewVersion: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  running: Running | undefined;
}

export class BackgroundRuns implements vscode.Disposable {
  private readonly docs = new Map<string, DocState>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a document's URI when its view changed. */
  readonly onDidChange = this.changed.event;
  private idle: BackgroundWorker | undefined;
  private nextId = 1;
  /** Replies are routed by request id (a worker serves one request at a time). */
  private readonly waiting = new Map<number, { uri: vscode.Uri; doc: DocState }>();

  constructor(private readonly createWorker: WorkerFactory, private readonly log: Log, private readonly store?: ViewStore) {}

  /** The latest finished view of the document (possibly of an older version while a new run is under way). */
  view(uri: vscode.Uri): SummaryView | undefined {
    return this.docs.get(uri.toString())?.view;
  }

  /** Starts a first run of the document unless one is done, scheduled or under way. */
  ensure(doc: vscode.TextDocument): void {
    const st = this.docs.get(doc.uri.toString());
    if (st === undefined || (st.view === undefined && st.timer === undefined && st.running === undefined)) this.schedule(doc, true);
  }

  /** Schedules a run of the document: at once, or after the debounce delay. */
  schedule(doc: vscode.TextDocument, immediate: boolean): void {
    const key = doc.uri.toString();
    let st = this.docs.get(key);
    if (st === undefined) this.docs.set(key, (st = { view: undefined, partial: false, soon: false, viewRequest: undefined, viewVersion: -1, timer: undefined, running: undefined }));
    if (st.timer !== undefined) clearTimeout(st.timer);
    const state = st;
    state.soon = immediate;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      state.soon = false;
      this.log.guard('starting a background run', () => this.start(doc, state), undefined);
    }, immediate ? 0 : DEBOUNCE_MS);
    // The debounce is time enough for a worker to load: the run will need one (the run under
    // way, if any, will be stopped with its worker).
    if (!immediate) this.prewarm();
  }

  /** Forgets a closed document (and stops its run). */
  forget(uri: vscode.Uri): void {
    const st = this.docs.get(uri.toString());
    if (st === undefined) return;
    if (st.timer !== undefined) clearTimeout(st.timer);
    this.cancel(uri, st);
    this.docs.delete(uri.toString());
  }

  /** Runs every tracked document again (after a settings change). */
  rerunAll(): void {
    for (const doc of vscode.workspace.textDocuments) if (this.docs.has(doc.uri.toString())) this.schedule(doc, true);
  }

  private cancel(uri: vscode.Uri, st: DocState): void {
    const r = st.running;
    if (r === undefined) return;
    st.running = undefined;
    this.waiting.delete(r.id);
    r.worker?.terminate();
    this.log.event('run.cancel', { uri: uri.toString(), id: r.id, version: r.version });
  }

  /** Starts a worker ahead of the next run, unless one is waiting already or a run is about
   *  to start: it loads the simulator and warms it up on a small program while the editor is
   *  idle (a Python editor became visible; an edit came during a run, whose worker the next
   *  run will stop, after the debounce). */
  prewarm(): void {
    if (this.idle !== undefined || this.disposed) return;
    for (const st of this.docs.values()) if (st.soon) return;
    const w = this.newWorker();
    this.idle = w;
    w.post({ type: 'warm', id: this.nextId++ });
    this.log.event('worker.prewarm', {});
  }

  private start(doc: vscode.TextDocument, st: DocState): void {
    if (doc.isClosed) return;
    if (st.running !== undefined) this.cancel(doc.uri, st);
    const s = readSettings(doc.uri);
    const id = this.nextId++;
    const req: RunRequest = {
      type: 'run',
      id,
      source: doc.getText(),
      filename: doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.path,
      python: s.python,
      maxSteps: s.maxSteps,
      showRuntimeObjects: s.showRuntimeObjects,
    };
    const running: Running = { id, worker: undefined, version: doc.version, started: Date.now(), lenses: [], hovers: {}, request: req };
    st.running = running;
    this.waiting.set(id, { uri: doc.uri, doc: st });
    this.log.event('run.start', { uri: doc.uri.toString(), id, version: doc.version, maxSteps: s.maxSteps });
    const run = (): void => {
      running.worker = this.takeWorker();
      running.worker.post(req);
    };
    // The store first (a few milliseconds, a worker's start is a hundred or more): a new
    // window restoring several files it has run before starts no worker for them.
    if (this.store === undefined) {
      run();
      return;
    }
    this.store.get(req).then((view) => {
      if (st.running !== running) return; // cancelled or superseded meanwhile
      if (view === undefined) {
        run();
        return;
      }
      this.waiting.delete(id);
      st.running = undefined;
      this.settle(doc.uri, st, view, running);
      this.log.event('run.stored', { uri: doc.uri.toString(), id, lenses: view.lenses.length, total: Date.now() - running.started });
      // A worker warms up for the first file that will need a run (hovers need one too).
      this.prewarm();
    }, (e: unknown) => {
      this.log.info(`the view store could not be read (${String(e)}); running the file`);
      if (st.running === running) run();
    });
  }

  /** A worker done with its request: kept as the warm one, unless there is one already. */
  private release(worker: BackgroundWorker): void {
    if (this.idle === undefined && !this.disposed) this.idle = worker;
    else worker.terminate();
  }

  /** The document's view is now `view`, of the run `running` asked for. */
  private settle(uri: vscode.Uri, st: DocState, view: SummaryView, running: Running): void {
    st.view = view;
    st.partial = false;
    st.viewRequest = running.request;
    st.viewVersion = running.version;
    this.changed.fire(uri);
  }

  private takeWorker(): BackgroundWorker {
    const w = this.idle;
    this.idle = undefined;
    if (w !== undefined) return w;
    return this.newWorker();
  }

  private newWorker(): BackgroundWorker {
    let self: BackgroundWorker | undefined;
    self = this.createWorker({
      onReply: (reply) => this.log.guard('reading a background run', () => this.onReply(reply, self as BackgroundWorker), undefined),
      onCrash: (err) => this.onCrash(err, self as BackgroundWorker),
    });
    return self;
  }

  /** One-shot questions a worker is answering (hovers, the panel's snapshots), by request id. */
  private readonly asking = new Map<number, { resolve: (reply: WorkerReply | null) => void; worker: BackgroundWorker; what: string }>();

  /** Posts a one-shot request about the document's last finished run (its source and
   *  settings: what the lenses show); null when there is none or the worker failed. */
  private ask(uri: vscode.Uri, what: string, make: (id: number, from: RunRequest) => HoverRequest | SnapshotRequest): Promise<WorkerReply | null> {
    const from = this.docs.get(uri.toString())?.viewRequest;
    if (from === undefined) return Promise.resolve(null);
    const id = this.nextId++;
    const worker = this.takeWorker();
    return new Promise((resolve) => {
      this.asking.set(id, { resolve, worker, what });
      worker.post(make(id, from));
    });
  }

  /** The Markdown of a hover on `name`, whose object the worker finds by running the file of
   *  the document's view again to `target` (the end of the line's last execution). */
  async hover(uri: vscode.Uri, target: HoverTarget, name: string): Promise<string | null> {
    const reply = await this.ask(uri, 'describing a hover', (id, from) =>
      ({ type: 'hover', id, source: from.source, filename: from.filename, python: from.python, maxSteps: from.maxSteps, target, name }));
    return reply?.type === 'hover' ? reply.markdown : null;
  }

  /** The heap at `target` (the end of a line's last execution) in the document's last run,
   *  for the memory panel outside a debug session. */
  async snapshot(uri: vscode.Uri, target: HoverTarget): Promise<HeapSnapshot | null> {
    const reply = await this.ask(uri, 'taking a snapshot for the memory panel', (id, from) =>
      ({ type: 'snapshot', id, source: from.source, filename: from.filename, python: from.python, maxSteps: from.maxSteps, target }));
    return reply?.type === 'snapshot' ? reply.snapshot : null;
  }

  private onReply(reply: WorkerReply, worker: BackgroundWorker): void {
    const h = this.asking.get(reply.id);
    if (h !== undefined) {
      this.asking.delete(reply.id);
      this.release(worker);
      if (reply.type === 'fault') {
        this.log.error(h.what, Object.assign(new Error(reply.message), { stack: reply.stack }));
        h.resolve(null);
      } else h.resolve(reply);
      return;
    }
    const w = this.waiting.get(reply.id);
    if (w === undefined) return; // cancelled meanwhile
    const st = w.doc;
    const running = st.running;
    if (reply.type === 'lenses') {
      if (running?.id !== reply.id) return;
      running.lenses.push(...reply.lenses);
      Object.assign(running.hovers, reply.hovers);
      // A document without lenses yet shows the first ones while the run goes on (each is
      // final: the line's last execution has been recorded); one that has some keeps them
      // until the run's result.
      if (st.view === undefined || st.partial) {
        st.view = { python: running.request.python, steps: 0, exitCode: 0, lenses: running.lenses, hovers: running.hovers, codeLines: [], diagnostics: [] };
        st.partial = true;
        st.viewRequest = running.request;
        st.viewVersion = running.version;
        this.changed.fire(w.uri);
      }
      return;
    }
    this.waiting.delete(reply.id);
    st.running = undefined;
    // Keep one warm worker; more would only hold memory.
    this.release(worker);
    if (reply.type === 'fault') {
      this.log.error(`the background run of ${w.uri.path.split('/').pop()} failed`, Object.assign(new Error(reply.message), { stack: reply.stack }));
      return;
    }
    if (reply.type !== 'result' || running === undefined) return;
    // The lines' lenses in line order (the worker's chunks come in the order the lines' last
    // executions ended), then the result's own (the uncaught exception's, the step bound's).
    const lenses = running.lenses.sort((a, b) => a.line - b.line);
    lenses.push(...reply.view.lenses);
    const view: SummaryView = { ...reply.view, lenses, hovers: running.hovers };
    this.settle(w.uri, st, view, running);
    this.log.event('run.result', {
      uri: w.uri.toString(), id: reply.id, ms: reply.ms, total: Date.now() - running.started,
      lenses: view.lenses.length, steps: view.steps, stoppedAfter: view.stoppedAfter, diagnostics: view.diagnostics.length,
    });
    this.store?.put(running.request, view).catch((e: unknown) => this.log.info(`the view of ${w.uri.path.split('/').pop()} was not kept: ${String(e)}`));
  }

  private onCrash(err: Error, worker: BackgroundWorker): void {
    if (this.idle === worker) this.idle = undefined;
    for (const [id, h] of this.asking) {
      if (h.worker !== worker) continue;
      this.asking.delete(id);
      h.resolve(null);
    }
    for (const [id, w] of this.waiting) {
      if (w.doc.running?.worker !== worker) continue;
      this.waiting.delete(id);
      w.doc.running = undefined;
      this.log.error(`the background run of ${w.uri.path.split('/').pop()} stopped`, err);
    }
  }

  private disposed = false;

  dispose(): void {
    this.disposed = true;
    for (const st of this.docs.values()) {
      if (st.timer !== undefined) clearTimeout(st.timer);
      st.running?.worker?.terminate();
    }
    this.idle?.terminate();
    this.docs.clear();
    this.changed.dispose();
  }
}
