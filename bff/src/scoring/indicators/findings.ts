import { CREDIT_INDICATOR_TEXTS, explainCreditIndicator, type CreditDimension, type CreditIndicatorId } from '@rongtong/shared';
import { INDICATOR_DEFINITIONS } from './definitions';
import type { IndicatorVector } from './vector';

/** Below this indicator score (0–100) a finding counts against the enterprise. */
export const CONCERN_BELOW = 50;

/** One scored indicator read for people: what it is, how it scored, the sentence explaining it, what would help. */
export interface IndicatorFinding {
  id: CreditIndicatorId;
  dimension: CreditDimension;
  /** The indicator's 0–100 score (100 safest). */
  score: number;
  /** True when it lowers the assessment (score below CONCERN_BELOW). */
  concern: boolean;
  /** The plain-Chinese sentence: the concern or the strength template with the value. */
  explanation: string;
  /** What the enterprise could do; empty when nothing it does changes it. */
  improve: string;
}

/**
 * The scored, available indicators of a vector as findings, weakest first (ties in vector order), optionally of one
 * dimension: the dimension-level explanation of a grade and its "what would improve it". The model's own reason codes
 * (per-feature contributions) use the same ids and texts.
 */
export function indicatorFindings(vector: IndicatorVector, dimension?: CreditDimension): IndicatorFinding[] {
  const findings: IndicatorFinding[] = [];
  for (const definition of INDICATOR_DEFINITIONS) {
    if (definition.kind !== 'numeric' || definition.scoring === null) continue;
    if (dimension !== undefined && definition.dimension !== dimension) continue;
    const score = vector.indicatorScores[definition.id];
    if (Number.isNaN(score)) continue;
    const concern = score < CONCERN_BELOW;
    const detail = definition.id === 'registrationAbnormal' ? vector.details.registrationStatus ?? undefined : undefined;
    findings.push({
      id: definition.id,
      dimension: definition.dimension,
      score,
      concern,
      explanation: explainCreditIndicator(definition.id, vector.numeric[definition.id], concern, detail),
      improve: CREDIT_INDICATOR_TEXTS[definition.id].improve,
    });
  }
  return findings.sort((a, b) => a.score - b.score);
}
