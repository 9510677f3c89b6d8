/** What every bench report shares: the median of samples, and a plain-text table. */

/** The median of the samples that are numbers (NaN, a sample that could not be taken, is left out); NaN when none is. */
export function median(xs: number[]): number {
    const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
    if (s.length === 0) return NaN;
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A table with aligned columns: the first `textColumns` left-aligned (names), the rest right-aligned (numbers). */
export function table(header: string[], rows: string[][], textColumns = 1): string {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
    return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
