/** 13812341234 → 138****1234 */
export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** 341202199001011234 → 3412**********1234, the form the platform's FAQ shows users. */
export function maskResidentId(residentId: string): string {
  return `${residentId.slice(0, 4)}${'*'.repeat(residentId.length - 8)}${residentId.slice(-4)}`;
}
