/**
 * Moderation library: the rule for hiding, unhiding and deleting comments (reason codes,
 * justification, lead approval for removing complaints) and the guidance shown with a decision.
 * Pure: no Nest, no database, no network.
 */
export type {
  Address,
  ApprovalDecision,
  CommentState,
  DecisionField,
  DecisionInput,
  DecisionProblem,
  DecisionResult,
  Guidance,
  GuidanceKind,
  Label,
  Locale,
  ModerationAction,
  ModerationDecision,
  ModerationField,
  ModerationInput,
  ModerationPolicy,
  ModerationProblem,
  PendingBecause,
  Problem,
  ReasonCode,
  RemovalApproval,
  Role,
} from './moderation.types.js';
export {
  GUIDANCE_KINDS,
  MAX_TEXT_LENGTH,
  MIN_JUSTIFICATION_LENGTH,
  MODERATION_ACTIONS,
  REASON_CODES,
  REMOVAL_APPROVALS,
  ROLES,
  RULE_BREAKING_REASONS,
} from './moderation.types.js';
export { MODERATION_GUIDANCE_VERSION, REASON_LABELS } from './moderation.data.js';
export { moderationGuidance } from './guidance.js';
export {
  approvalRequiredBecause,
  effectiveRemovalApproval,
  evaluateDecision,
  evaluateModeration,
  isComplaint,
} from './evaluate.js';
export { normaliseText } from './text.js';
