export { fnv1a32, integerBetween, mulberry32, seededRandom, type Random } from './random';
export { syntheticUscc, organisationCheckCharacter, SYNTHETIC_USCC_CAPACITY } from './synthetic-uscc';
export { syntheticEnterprise, type SyntheticEnterprise } from './synthetic-enterprise';
