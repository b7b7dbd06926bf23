export { findNearDuplicates } from './duplicates.ts';
export { detectLanguage } from './language.ts';
export { fold, MAX_TEXT_LENGTH, tokenize as tokenizeForThemes } from './normalize.ts';
export { stemEnglish } from './stem-en.ts';
export { stemFrench } from './stem-fr.ts';
export { THEME_STOP_WORDS, type ThemeLanguage } from './stop-words.ts';
export type { SuggestThemesInput, SuggestThemesResult, Theme, ThemeItem } from './suggest-themes.ts';
export { suggestThemes } from './suggest-themes.ts';
export type { LanguageOption } from './terms.ts';
