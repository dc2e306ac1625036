/**
 * Guidance library: playbooks for labelled/flagged comments, reply templates, and the reply
 * check. Pure: no Nest, no database, no network.
 */
export type {
  Address,
  CheckCode,
  Finding,
  Flag,
  Label,
  Locale,
  Placeholder,
  Playbook,
  PlaybookKey,
  PlaybookQuery,
  ReplyCheckContext,
  Severity,
  Span,
  Template,
  TemplateInput,
  TemplateIssue,
  TemplateIssueCode,
  TemplateOverride,
  TemplateValidation,
  TemplateValues,
} from './guidance.types.js';
export { GUIDANCE_VERSION } from './playbooks.data.js';
export { FLAG_PRIORITY, PLAYBOOK_KEYS, getDefaultTemplates, getPlaybook, getPlaybookByKey } from './playbooks.js';
export {
  MAX_TEMPLATE_LENGTH,
  MAX_TITLE_LENGTH,
  PLACEHOLDERS,
  TemplateValidationError,
  listPlaceholders,
  mergeTemplates,
  renderTemplate,
  validateTemplate,
} from './templates.js';
export { CHECK_CODES, REPEATED_REPLY_THRESHOLD, checkReply, normaliseReply } from './reply-check.js';
