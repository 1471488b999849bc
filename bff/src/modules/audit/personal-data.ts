import { validateMobile, validateResidentId } from '@rongtong/shared';
import { REDACTED_KEYS } from '../../infra/logging/logger';
import type { AuditDetail } from './audit-action';

const PERSONAL_KEYS = new Set([...REDACTED_KEYS, 'residentIdNumber', 'idCard', 'name', 'realName'].map((key) => key.toLowerCase()));

/** A programming error: audit detail must never carry personal data or secrets (DESIGN §9). */
export class PersonalDataInAuditError extends Error {}

/**
 * Refuses detail keys that name personal data or secrets and values that are a mobile number or a
 * resident ID. Detail is for ids, codes and counts only.
 */
export function assertNoPersonalData(detail: AuditDetail | undefined): void {
  for (const [key, value] of Object.entries(detail ?? {})) {
    if (PERSONAL_KEYS.has(key.toLowerCase())) throw new PersonalDataInAuditError(`audit detail key "${key}" names personal data`);
    if (typeof value === 'string' && (validateMobile(value).ok || validateResidentId(value).ok)) {
      throw new PersonalDataInAuditError(`audit detail "${key}" holds a phone number or resident ID`);
    }
  }
}
