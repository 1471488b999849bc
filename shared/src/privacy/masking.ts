const MAX_NAME_STARS = 3;

/**
 * A person's name as other parties see it: the first character and one to three stars, so neither the given name
 * nor its length shows (张三 → 张*, 王小明 → 王**, 欧阳娜娜 → 欧***). A one-character name shows nothing (李 → *).
 */
export function maskPersonName(name: string): string {
  const characters = [...name.trim()];
  if (characters.length <= 1) return '*';
  return `${characters[0]}${'*'.repeat(Math.min(characters.length - 1, MAX_NAME_STARS))}`;
}
