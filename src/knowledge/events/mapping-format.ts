/**
 * Reader for the CAMEO→PLOVER table (CAMEO2PLOVER-2021.txt, CC BY-SA 4.0):
 * "0334: AGREE,  ,   peacekeeping # Express intent to provide military protection or peacekeeping".
 */

/** [PLOVER type, mode or null, contexts]. */
export type PloverMapping = readonly [string, string | null, readonly string[]];

export function parseCameoToPlover(text: string): Record<string, PloverMapping> {
  const out: Record<string, PloverMapping> = {};
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^(\d{3,4}):\s*(.*)$/.exec(line);
    if (!m || m[1] in out) continue; // header lines ("03: AGREE") have two digits; the first of a duplicate wins
    const [type, mode, context] = m[2].split(',').map((p) => (p ?? '').trim());
    if (!type) continue;
    const contexts = (context ?? '').split(';').map((c) => c.trim()).filter(Boolean);
    out[m[1]] = [type, mode ? mode : null, contexts];
  }
  return out;
}
