import { ANHUI_CITIES, ANHUI_PROVINCE, CREDIT_GRADES, findRegion, FUYANG_COUNTIES, INDUSTRY_SECTIONS } from '@rongtong/shared'

/** Region choices: the whole province, its cities and Fuyang's counties (the codes the server knows). */
export const REGION_OPTIONS: readonly string[] = [ANHUI_PROVINCE, ...ANHUI_CITIES, ...FUYANG_COUNTIES].map((region) => region.code)

export function regionLabel(code: string): string {
  return code === ANHUI_PROVINCE.code ? '安徽全省' : (findRegion(code)?.name ?? code)
}

/** Industry sections A–T, plus any division codes a loaded product already targets. */
export function industryOptions(chosen: readonly string[]): string[] {
  const sections = INDUSTRY_SECTIONS.map((section) => section.code)
  return [...sections, ...chosen.filter((code) => !sections.includes(code))]
}

/** '' is 不限 (no minimum credit grade). */
export const CREDIT_GRADE_OPTIONS: readonly string[] = ['', ...CREDIT_GRADES]

export function creditGradeLabel(grade: string): string {
  return grade === '' ? '不限' : `${grade} 及以上`
}
