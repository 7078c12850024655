// The program's output on its way to the host, joined: print() writes its pieces one by
// one ('collected', ' ', '2', '\n'), and a DAP client gets one output event per message.
// Pieces are held while they keep coming in the same category and sent when the category
// changes, when a line ends and a little time has passed, when enough has gathered, and
// before anything else the host must see after them (a stop, the end).

/** How long complete lines may wait for more, and how much text may wait at most. */
const HOLD_MS = 50;
const HOLD_CHARS = 16_384;

export type OutputCategory = 'stdout' | 'stderr' | 'console';

export class OutputBuffer {
  private category: OutputCategory = 'stdout';
  private text = '';
  private since = 0;

  constructor(private readonly send: (category: OutputCategory, text: string) => void) {}

  write(category: OutputCategory, text: string): void {
    if (category !== this.category) this.flush();
    if (this.text === '') this.since = Date.now();
    this.category = category;
    this.text += text;
    if (this.text.length >= HOLD_CHARS || (text.endsWith('\n') && Date.now() - this.since >= HOLD_MS)) this.flush();
  }

  flush(): void {
    if (this.text === '') return;
    const t = this.text;
    this.text = '';
    this.send(this.category, t);
  }
}
