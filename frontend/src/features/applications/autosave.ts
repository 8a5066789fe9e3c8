/**
 * Saves the latest input some time after the last change, never two saves at once: a change made
 * while a save runs waits for it and then goes out alone, replacing any change queued before it.
 */
export class Autosaver<Input> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private latest: { input: Input } | undefined;
  private inFlight = false;

  private readonly save: (input: Input) => Promise<unknown>;
  private readonly delay: number;

  /** save sends one input and should not reject (a rejection counts as done). */
  constructor(save: (input: Input) => Promise<unknown>, delay = 800) {
    this.save = save;
    this.delay = delay;
  }

  /** Input not sent yet, or a save running. */
  get busy(): boolean {
    return this.latest !== undefined || this.inFlight;
  }

  get saving(): boolean {
    return this.inFlight;
  }

  /** Takes the newest input and (re)starts the wait. */
  change(input: Input): void {
    this.latest = { input };
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, this.delay);
  }

  /** Sends the waiting input now, or as soon as the running save ends. */
  flush(): void {
    this.clearTimer();
    if (!this.latest || this.inFlight) return;
    const { input } = this.latest;
    this.latest = undefined;
    this.inFlight = true;
    void this.save(input)
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = false;
        // A change made meanwhile whose wait is over goes out now; one still waiting keeps waiting.
        if (this.latest && this.timer === undefined) this.flush();
      });
  }

  /** Forgets the waiting input (after the server's copy replaced it). */
  discard(): void {
    this.clearTimer();
    this.latest = undefined;
  }

  /** Resolves once nothing waits and no save runs. */
  async idle(): Promise<void> {
    this.flush();
    while (this.busy) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      this.flush();
    }
  }

  dispose(): void {
    this.clearTimer();
  }

  private clearTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
