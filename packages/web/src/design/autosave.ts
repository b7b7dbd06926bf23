/**
 * Debounced auto-save of a whole document with optimistic concurrency: one save in flight at
 * a time, each with the version the previous one answered; changes made during a save are
 * saved right after it. A conflict stops saving until `reset` (the page reloads the document).
 */

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

export interface AutosaverOptions<D> {
  delayMs: number;
  /** Sends the document with its version; resolves with the new version. */
  save: (doc: D, version: number) => Promise<number>;
  isConflict: (error: unknown) => boolean;
  onState: (state: SaveState, error: unknown) => void;
  /** Called after every successful save with the document that was saved. */
  onSaved?: (doc: D, version: number) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class Autosaver<D> {
  private version: number;
  private pending: D | null = null;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private stopped = false;
  private state: SaveState = 'saved';
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    version: number,
    private readonly options: AutosaverOptions<D>,
  ) {
    this.version = version;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer =
      options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout> | undefined));
  }

  get currentVersion(): number {
    return this.version;
  }

  get currentState(): SaveState {
    return this.state;
  }

  get hasUnsavedChanges(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  private setState(state: SaveState, error: unknown = null): void {
    this.state = state;
    this.options.onState(state, error);
  }

  /** A new document to save after the delay (each change restarts it). */
  change(doc: D): void {
    this.pending = doc;
    if (this.stopped) return;
    if (this.state !== 'saving') this.setState('unsaved');
    this.schedule(this.options.delayMs);
  }

  private schedule(ms: number): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  /** Saves now whatever is pending and waits for every save in flight. */
  async flush(): Promise<void> {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    while (this.inFlight) await this.inFlight;
    if (this.pending !== null && !this.stopped) await this.run();
  }

  private async run(): Promise<void> {
    if (this.stopped) return;
    if (this.inFlight) return; // the save in flight picks up what is pending when it ends
    const doc = this.pending;
    if (doc === null) return;
    this.pending = null;
    this.setState('saving');
    const attempt = (async () => {
      try {
        this.version = await this.options.save(doc, this.version);
        this.options.onSaved?.(doc, this.version);
        if (this.pending === null) this.setState('saved');
        else this.setState('unsaved');
      } catch (error) {
        if (this.options.isConflict(error)) {
          this.stopped = true;
          this.pending = this.pending ?? doc;
          this.setState('conflict', error);
        } else {
          this.pending = this.pending ?? doc;
          this.setState('error', error);
        }
      }
    })();
    this.inFlight = attempt;
    await attempt;
    this.inFlight = null;
    if (this.pending !== null && !this.stopped && this.state === 'unsaved' && this.timer === null) {
      await this.run();
    }
  }

  /** After a reload: the server's version, nothing pending, saving again. */
  reset(version: number): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.pending = null;
    this.stopped = false;
    this.version = version;
    this.setState('saved');
  }

  /** Retries after an error (not a conflict). */
  retry(): void {
    if (!this.stopped && this.pending !== null) this.schedule(0);
  }

  dispose(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.stopped = true;
  }
}
