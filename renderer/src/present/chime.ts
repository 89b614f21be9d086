/**
 * The timer's gentle signal: two soft sine tones, falling away over a second, like a meditation
 * bell rather than an alarm. Browsers only let a page make sound after a click or key press, so
 * the timer's start button unlocks the audio first; without that (started from the other window)
 * the signal is the visual one alone.
 */
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (context) return context;
  const Ctor = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
  if (!Ctor) return null;
  try {
    context = new Ctor();
  } catch {
    return null;
  }
  return context;
}

/** Call from a click or key press handler, so the chime can sound later. */
export function unlockChime(): void {
  const ctx = audio();
  if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
}

export function playChime(): void {
  const ctx = audio();
  if (!ctx || ctx.state !== 'running') return;
  const start = ctx.currentTime + 0.05;
  [
    { frequency: 659.25, at: 0 },
    { frequency: 880, at: 0.45 },
  ].forEach(({ frequency, at }) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    const t = start + at;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.18, t + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 1.6);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 1.7);
  });
}
