/** Whether an institution appears in the public directory. Its staff and products are kept either way. */
export enum InstitutionStatus {
  /** Listed in the directory. */
  ACTIVE = 'ACTIVE',
  /** Taken out of the directory (suspended by the bureau, or leaving the platform); its page answers NOT_FOUND. */
  SUSPENDED = 'SUSPENDED',
}
