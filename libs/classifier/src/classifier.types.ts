/**
 * Public contract of the classifier. The ingestion worker stores every field of
 * `Classification` on the message, so changing a field's meaning needs a new rulesVersion.
 */
export type Label = 'question' | 'complaint' | 'praise' | 'other';
export type Flag = 'urgent' | 'churn_risk' | 'personal_data' | 'abuse' | 'spam';
export type Lang = 'de' | 'en' | 'und';

export const LABELS: readonly Label[] = ['question', 'complaint', 'praise', 'other'];
export const FLAGS: readonly Flag[] = ['urgent', 'churn_risk', 'personal_data', 'abuse', 'spam'];

/** One rule that fired: why the classifier leaned towards a label or raised a flag. */
export interface Reason {
  ruleId: string;
  /** the label or flag this rule supports */
  supports: Label | Flag;
  /** signed weight it contributed (negative when negation flipped or damped it) */
  weight: number;
  /** the words of the text that matched, as they appear in the text */
  matched: string[];
}

export interface Classification {
  label: Label;
  confidence: number;
  lang: Lang;
  reasons: Reason[];
  flags: Flag[];
  rulesVersion: string;
}

/** A workspace's own rule: a literal word or a simple wildcard (`*` = any letters) mapped to a label or flag. */
export interface CustomRule {
  id?: string;
  pattern: string;
  supports: Label | Flag;
  weight: number;
  lang?: Lang;
}

export interface ClassifyOptions {
  /** skip language detection */
  lang?: 'de' | 'en';
  /** already compiled custom rules (compileCustomRules), so hot paths don't recompile per text */
  customRules?: CompiledCustomRules;
}

/** Opaque result of compileCustomRules(); safe to cache per workspace. */
export interface CompiledCustomRules {
  readonly version: string;
  readonly rules: readonly unknown[];
}
