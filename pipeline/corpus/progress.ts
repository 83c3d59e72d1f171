/**
 * Progress of a corpus run on stderr. On a terminal: one bar redrawn in
 * place (stories done, rate, time left), at most ten times a second. Piped
 * or redirected: a plain line every `intervalMs`, which log files and CI
 * consoles can keep. Other lines (warnings) are written above the bar.
 */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** milliseconds between plain lines when not on a terminal */
  intervalMs?: number;
  now?: () => number;
}

export interface CorpusProgress {
  /** a story finished; `built` is false when its previous output was kept */
  storyDone(built: boolean): void;
  /** writes a line without garbling the bar */
  line(text: string): void;
  finish(): void;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

export function corpusProgress(total: number, stream: ProgressStream, options: ProgressOptions = {}): CorpusProgress {
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 10_000;
  const tty = stream.isTTY === true;
  const started = now();
  let done = 0;
  let built = 0;
  let lastDraw = -Infinity;
  let barShown = false;

  // the rate counts only stories actually computed: kept ones finish at once and would flatter it
  const figures = () => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? built / seconds : 0;
    const left = rate > 0 ? (total - done) / rate : Infinity;
    return { rate, left };
  };

  const bar = () => {
    const { rate, left } = figures();
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 50));
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const tail = done < total ? ` · ${duration(left)} left` : "";
    return `\r\x1b[2K[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} stories · ${rate.toFixed(1)}/s${tail}`;
  };

  const plain = () => {
    const { rate, left } = figures();
    return `corpus: ${done}/${total} stories, ${rate.toFixed(1)} stories/s, about ${duration(left)} left\n`;
  };

  const draw = (force: boolean) => {
    const t = now();
    if (tty) {
      if (!force && t - lastDraw < 100) return;
      stream.write(bar());
      barShown = true;
    } else {
      if (!force && t - lastDraw < interval) return;
      if (done < total) stream.write(plain());
    }
    lastDraw = t;
  };

  if (!tty) lastDraw = started;
  return {
    storyDone(wasBuilt) {
      done++;
      if (wasBuilt) built++;
      draw(false);
    },
    line(text) {
      if (barShown) stream.write("\r\x1b[2K");
      stream.write(text.endsWith("\n") ? text : text + "\n");
      if (barShown) stream.write(bar());
    },
    finish() {
      if (tty) {
        draw(true);
        stream.write("\n");
      }
    },
  };
}
