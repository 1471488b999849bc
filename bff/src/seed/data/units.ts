/** Fen in one 万元 (10,000 yuan). */
export const FEN_PER_WAN_YUAN = 1_000_000;

/** An amount written in 万元, as integer fen: `wan(50)` is 50万元. */
export function wan(amountInWanYuan: number): number {
  return Math.round(amountInWanYuan * FEN_PER_WAN_YUAN);
}
