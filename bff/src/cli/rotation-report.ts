import { ROTATION_BATCH, type ColumnProgress, type RotationSummary } from '../infra/crypto/key-rotation';

/** What `npm run keys:rotate` prints, in Chinese; ids only, never a value. */
export function progressLine({ column, checked, reencrypted }: ColumnProgress): string {
  return `  ${column.table}.${column.column}：已检查 ${checked} 条，已重新加密 ${reencrypted} 条\n`;
}

/** The summary in Chinese; the ids of rows that need attention (ids only: never a value). */
export function summaryText(summary: RotationSummary, activeKeyId: string): string {
  const skipped = summary.current + summary.changed.length + summary.undecryptable.length;
  const lines = [
    `已重新加密 ${summary.reencrypted} 条，跳过 ${skipped} 条` +
      `（已是当前密钥 ${activeKeyId} 的绑定格式 ${summary.current} 条，轮换期间一直在变 ${summary.changed.length} 条，无法解密 ${summary.undecryptable.length} 条）`,
    `每批最多 ${ROTATION_BATCH} 条，最长的一次写事务 ${summary.longestTransactionMs.toFixed(1)} ms`,
  ];
  if (summary.changed.length > 0) {
    lines.push('以下记录在轮换期间被反复修改，请稍后再运行一次 npm run keys:rotate：');
    lines.push(...summary.changed.map(({ column, id }) => `  ${column.table}.${column.column} id=${id}`));
  }
  if (summary.undecryptable.length > 0) {
    lines.push('以下记录无法解密（密文被改动或被移到了别的位置，或所用密钥已不在 DATA_ENCRYPTION_KEYS 中），未做任何修改，请核查：');
    lines.push(...summary.undecryptable.map(({ column, id }) => `  ${column.table}.${column.column} id=${id}`));
  }
  return `${lines.join('\n')}\n`;
}
