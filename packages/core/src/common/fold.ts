/**
 * Folds text for comparison: lower case, accents stripped, Turkish dotless ı and dotted İ read as i,
 * curly apostrophes made straight, and the letters Unicode does not decompose (ß, æ, ø, ł, đ) spelled
 * out. "Türkiye", "TURKIYE" and "Turkiye" fold alike, and so do "Diyarbakır" and "Diyarbakir", "Erdoğan"
 * and "Erdogan". The extractor matches names with it and the API and the web app search with it, so a
 * name found in an article is found by a search typed on any keyboard.
 */
export function foldText(text: string): string {
  return text
    .replace(/[ıİ]/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd');
}
