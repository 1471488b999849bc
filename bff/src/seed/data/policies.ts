import { CITY_POLICY_SEEDS } from './policies-city';
import { NATIONAL_POLICY_SEEDS } from './policies-national';
import { PROVINCE_POLICY_SEEDS } from './policies-province';
import type { PolicySeed } from './types';

/** Demo policies of the three levels; empty tag lists mean the policy applies to everyone. */
export const POLICY_SEEDS: readonly PolicySeed[] = [
  ...NATIONAL_POLICY_SEEDS,
  ...PROVINCE_POLICY_SEEDS,
  ...CITY_POLICY_SEEDS,
];
