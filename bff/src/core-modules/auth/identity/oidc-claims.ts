import { validateMobile, validateResidentId, validateUscc } from '@rongtong/shared';
import type { JWTPayload } from 'jose';
import { EnterpriseRelation, isEnterpriseRelation } from '../../../modules/enterprises/enterprise-relation';
import { OidcFailure, OidcFailureKind } from './oidc-errors';

/** The person (and, for 法人登录, the enterprise) an id_token vouches for. */
export interface VerifiedIdentity {
  subject: string;
  name: string;
  phone: string | null;
  residentId: string | null;
  enterprise: { uscc: string; name: string; relation: EnterpriseRelation } | null;
}

/** OpenID Connect Core §2: `sub` is at most 255 ASCII characters. */
const SUBJECT_PATTERN = /^[\x21-\x7e]{1,255}$/;
const MAX_NAME_LENGTH = 64;

function invalid(reason: string): OidcFailure {
  return new OidcFailure(OidcFailureKind.TOKEN_INVALID, reason);
}

function optionalString(payload: JWTPayload, claim: string): string | null {
  const value = payload[claim];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw invalid(`claim ${claim} is not a string`);
  return value;
}

function enterpriseOf(payload: JWTPayload): VerifiedIdentity['enterprise'] {
  const uscc = optionalString(payload, 'uscc');
  if (uscc === null) return null;
  if (!validateUscc(uscc).ok) throw invalid('claim uscc is not a valid USCC');
  const name = optionalString(payload, 'enterprise_name')?.trim() ?? '';
  if (name === '' || name.length > 128) throw invalid('claim enterprise_name is missing or too long');
  const relation = payload.relation;
  if (!isEnterpriseRelation(relation)) throw invalid('claim relation is not LEGAL_REPRESENTATIVE or AGENT');
  return { uscc, name, relation };
}

/** Reads the identity claims of a verified id_token; malformed claims make the token invalid. */
export function identityFromClaims(payload: JWTPayload): VerifiedIdentity {
  const subject = payload.sub;
  if (typeof subject !== 'string' || !SUBJECT_PATTERN.test(subject)) throw invalid('claim sub is missing or malformed');
  const name = optionalString(payload, 'name')?.trim() ?? '';
  if (name === '' || name.length > MAX_NAME_LENGTH) throw invalid('claim name is missing or too long');
  const phone = optionalString(payload, 'phone_number');
  if (phone !== null && !validateMobile(phone).ok) throw invalid('claim phone_number is not a mainland mobile number');
  const residentId = optionalString(payload, 'resident_id');
  if (residentId !== null && !validateResidentId(residentId).ok) throw invalid('claim resident_id is not a valid resident ID');
  return { subject, name, phone, residentId, enterprise: enterpriseOf(payload) };
}
