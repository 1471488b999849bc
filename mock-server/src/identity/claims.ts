import type { EnterpriseRelation, TestIdentity } from './identities';
import { maskPhone, maskResidentId } from './masking';

/** The claims about the person, in the id_token and from the userinfo endpoint. */
export interface IdentityClaims {
  sub: string;
  name: string;
  phone_number: string;
  phone_number_masked: string;
  resident_id: string;
  resident_id_masked: string;
  /** Only for enterprise identities (法人登录). */
  uscc?: string;
  enterprise_name?: string;
  relation?: EnterpriseRelation;
}

export const IDENTITY_CLAIM_NAMES: readonly (keyof IdentityClaims)[] = [
  'sub',
  'name',
  'phone_number',
  'phone_number_masked',
  'resident_id',
  'resident_id_masked',
  'uscc',
  'enterprise_name',
  'relation',
];

/** The claims of `identity`; `withEnterprise: false` leaves out the enterprise of an enterprise identity. */
export function identityClaims(identity: TestIdentity, { withEnterprise = true }: { withEnterprise?: boolean } = {}): IdentityClaims {
  const person: IdentityClaims = {
    sub: identity.sub,
    name: identity.name,
    phone_number: identity.phone,
    phone_number_masked: maskPhone(identity.phone),
    resident_id: identity.residentId,
    resident_id_masked: maskResidentId(identity.residentId),
  };
  if (identity.kind === 'CITIZEN' || !withEnterprise) return person;
  return { ...person, uscc: identity.uscc, enterprise_name: identity.enterpriseName, relation: identity.relation };
}
