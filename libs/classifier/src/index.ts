export * from './classifier.types.js';
export { classify, RULES_VERSION, THRESHOLDS } from './classify.js';
export { compileCustomRules } from './custom-rules.js';
export { detectLanguage } from './lang.js';
export { tokenise, foldWord, type Token, type Sentence } from './text.js';
export type { LanguagePack, PackRule } from './packs/pack.types.js';
export { DE_PACK } from './packs/de.js';
export { EN_PACK } from './packs/en.js';
