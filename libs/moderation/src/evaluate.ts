/**
 * The moderation rule. Pure and deterministic: the same input gives the same decision, nothing
 * is read from or written to anywhere. The caller executes, queues or rejects the request and
 * writes the audit record (reason code, normalised justification, selfApproved, guidance version).
 *
 * Precedence, first match wins:
 *   1. role is not agent/lead/admin (exec)                         → refused
 *   2. unknown action / state conflict / bad reason / justification → invalid (all problems at once)
 *   3. unhide                                                      → execute (restoring is always allowed)
 *   4. removal needs approval (workspace `all`, or a complaint for
 *      a reason other than spam/abuse/personal_data/illegal)
 *        by a lead or admin                                        → execute, selfApproved
 *        by an agent                                               → pending_approval
 *   5. otherwise                                                   → execute
 */
import type { Label } from '../../classifier/src/classifier.types.js';
import { moderationGuidance } from './guidance.js';
import { charCount, nonSpaceCount, normaliseText } from './text.js';
import { messageVariant, messages, type Texts } from './moderation.messages.js';
import {
  MAX_TEXT_LENGTH,
  MIN_JUSTIFICATION_LENGTH,
  MODERATION_ACTIONS,
  REASON_CODES,
  RULE_BREAKING_REASONS,
  type CommentState,
  type DecisionInput,
  type DecisionProblem,
  type DecisionResult,
  type Guidance,
  type GuidanceKind,
  type ModerationAction,
  type ModerationDecision,
  type ModerationInput,
  type ModerationPolicy,
  type ModerationProblem,
  type PendingBecause,
  type ReasonCode,
  type RemovalApproval,
  type Role,
} from './moderation.types.js';

const COMMENT_STATES: readonly CommentState[] = ['visible', 'hidden', 'removed_by_author', 'deleted_by_us'];
/** Labels that are certainly not a complaint. `null` (not classified yet) counts as not a complaint. */
const NON_COMPLAINT_LABELS: readonly Label[] = ['question', 'praise', 'other'];
const MODERATOR_ROLES: readonly Role[] = ['agent', 'lead', 'admin'];
const APPROVER_ROLES: readonly Role[] = ['lead', 'admin'];

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** Which states an action makes sense in. */
function stateAllows(action: ModerationAction, state: CommentState): boolean {
  switch (action) {
    case 'hide':
      return state === 'visible';
    case 'unhide':
      return state === 'hidden';
    case 'delete':
      return state === 'visible' || state === 'hidden';
  }
}

/** A missing policy means the default; an unknown value means the strictest setting (there is no looser one). */
export function effectiveRemovalApproval(policy: Partial<ModerationPolicy> | null | undefined): RemovalApproval {
  const value = policy?.removalApproval;
  if (value === undefined || value === null) return 'complaints';
  return value === 'complaints' ? 'complaints' : 'all';
}

/** An unknown label fails closed (treated as a complaint); `null` means not classified, not a complaint. */
export function isComplaint(label: Label | null | undefined): boolean {
  if (label === null || label === undefined) return false;
  return !isOneOf(NON_COMPLAINT_LABELS, label);
}

/**
 * Would this removal wait for a lead if an agent asked? `null` when it would not.
 * Unhide never needs approval.
 */
export function approvalRequiredBecause(
  action: ModerationAction,
  reasonCode: ReasonCode,
  label: Label | null,
  removalApproval: RemovalApproval,
): PendingBecause | null {
  if (action === 'unhide') return null;
  if (isComplaint(label) && !RULE_BREAKING_REASONS.includes(reasonCode)) return 'complaint_removal';
  if (removalApproval === 'all') return 'workspace_policy';
  return null;
}

type JustificationCheck = { ok: true; value: string | null } | { ok: false; problem: Texts };

function checkJustification(raw: unknown, required: boolean, action: ModerationAction): JustificationCheck {
  if (raw !== undefined && raw !== null && typeof raw !== 'string') return { ok: false, problem: messages.notText('justification', raw) };
  const text = typeof raw === 'string' ? normaliseText(raw) : '';
  if (text === '') return required ? { ok: false, problem: messages.justificationMissing(action) } : { ok: true, value: null };
  const length = charCount(text);
  if (length > MAX_TEXT_LENGTH) return { ok: false, problem: messages.textTooLong('justification', length) };
  if (required) {
    const count = nonSpaceCount(text);
    if (count < MIN_JUSTIFICATION_LENGTH) return { ok: false, problem: messages.justificationTooShort(count) };
  }
  return { ok: true, value: text };
}

/** Guidance for the rule-breaking reasons; duplicate/other have none of their own. */
const REASON_GUIDANCE: Readonly<Record<ReasonCode, GuidanceKind | null>> = {
  spam: 'spam',
  abuse: 'abuse',
  personal_data: 'personal_data',
  illegal: 'illegal',
  duplicate: null,
  other: null,
};

/**
 * Guidance for an executed request: the reason's own guidance for rule-breaking reasons; for a
 * complaint removed for duplicate/other (only a lead's or admin's own request gets here)
 * `removal_of_complaint`; none for other removals and for restoring.
 */
function executeGuidanceKind(action: ModerationAction, reasonCode: ReasonCode, label: Label | null): GuidanceKind | null {
  if (action === 'unhide') return null;
  return REASON_GUIDANCE[reasonCode] ?? (isComplaint(label) ? 'removal_of_complaint' : null);
}

/** Guidance for a request that waits: the reason's own guidance (workspace `all`), else `pending`. */
const pendingGuidanceKind = (reasonCode: ReasonCode): GuidanceKind => REASON_GUIDANCE[reasonCode] ?? 'pending';

/** Decide what happens to a hide/unhide/delete request. See the precedence at the top of this file. */
export function evaluateModeration(input: ModerationInput): ModerationDecision {
  const { action, reasonCode, justification, role, label, currentState, locale, address } = input;
  const variant = messageVariant(locale, address);
  const say = (t: Texts): string => t[variant];

  if (!isOneOf(MODERATOR_ROLES, role)) {
    return { outcome: 'refused', reason: say(role === 'exec' ? messages.refusedExec() : messages.refusedUnknownRole(role)) };
  }

  const problems: ModerationProblem[] = [];
  const actionKnown = isOneOf(MODERATION_ACTIONS, action);
  if (!actionKnown) problems.push({ field: 'action', message: say(messages.unknownAction(action)) });
  else if (!isOneOf(COMMENT_STATES, currentState)) problems.push({ field: 'action', message: say(messages.unknownState(currentState)) });
  else if (!stateAllows(action, currentState)) problems.push({ field: 'action', message: say(messages.stateConflict(action, currentState)) });

  const reasonKnown = isOneOf(REASON_CODES, reasonCode);
  if (!reasonKnown) {
    const missing = reasonCode === undefined || reasonCode === null || (typeof reasonCode === 'string' && reasonCode.trim() === '');
    problems.push({ field: 'reasonCode', message: say(missing ? messages.reasonMissing() : messages.reasonUnknown(reasonCode)) });
  }

  // Spam needs no justification when removing; restoring always needs one. While the reason is
  // unknown, ask for one (every reason but spam needs it) — better than a second round-trip.
  const effectiveAction: ModerationAction = actionKnown ? action : 'hide';
  const required = !(reasonKnown && reasonCode === 'spam' && effectiveAction !== 'unhide');
  const just = checkJustification(justification, required, effectiveAction);
  if (!just.ok) problems.push({ field: 'justification', message: say(just.problem) });

  if (problems.length > 0 || !actionKnown || !reasonKnown || !just.ok) return { outcome: 'invalid', problems };

  const base = { action, reasonCode, justification: just.value };
  const because = approvalRequiredBecause(action, reasonCode, label, effectiveRemovalApproval(input.policy));
  if (because !== null && !isOneOf(APPROVER_ROLES, role)) {
    return { outcome: 'pending_approval', ...base, because, guidance: moderationGuidance(pendingGuidanceKind(reasonCode), locale, address) };
  }
  const kind = executeGuidanceKind(action, reasonCode, label);
  const guidance: Guidance | null = kind === null ? null : moderationGuidance(kind, locale, address);
  // selfApproved: a lead's/admin's own request that an agent would have had to wait for
  return { outcome: 'execute', ...base, selfApproved: because !== null, guidance };
}

/** Validate a lead's or admin's approve/reject of a pending request. */
export function evaluateDecision(input: DecisionInput): DecisionResult {
  const { decision, note, role, requesterId, deciderId, locale, address } = input;
  const variant = messageVariant(locale, address);
  const say = (t: Texts): string => t[variant];

  if (!isOneOf(APPROVER_ROLES, role)) return { outcome: 'refused', reason: say(messages.refusedDecider()) };

  const problems: DecisionProblem[] = [];
  const decisionKnown = isOneOf(['approve', 'reject'] as const, decision);
  if (!decisionKnown) problems.push({ field: 'decision', message: say(messages.unknownDecision(decision)) });

  let normalised: string | null = null;
  if (note !== undefined && note !== null && typeof note !== 'string') {
    problems.push({ field: 'note', message: say(messages.notText('note', note)) });
  } else {
    const text = typeof note === 'string' ? normaliseText(note) : '';
    const length = charCount(text);
    if (length > MAX_TEXT_LENGTH) problems.push({ field: 'note', message: say(messages.textTooLong('note', length)) });
    else if (text === '' && decision === 'reject') problems.push({ field: 'note', message: say(messages.noteMissingForReject()) });
    normalised = text === '' ? null : text;
  }

  if (problems.length > 0 || !decisionKnown) return { outcome: 'invalid', problems };
  return { outcome: 'ok', decision, note: normalised, ownRequest: requesterId === deciderId };
}
