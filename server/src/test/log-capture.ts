import { pino, type Logger } from 'pino';

/**
 * A real pino logger whose lines (parsed JSON) collect in `lines`, for tests that check what is
 * logged. `Line` names the fields a test reads.
 */
export function capturingLogger<Line extends { level: number; msg: string }>(
  level: 'info' | 'warn' = 'info',
): { log: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const log = pino(
    { level },
    { write: (line: string) => void lines.push(JSON.parse(line) as Line) },
  );
  return { log, lines };
}
