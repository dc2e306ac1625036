/**
 * Public contract of the moderation library: the rule that decides whether hiding, unhiding or
 * deleting a comment executes, waits for a lead's approval, is refused or is invalid — and the
 * guidance shown with that decision.
 */
import type { Label } from '../../classifier/src/classifier.types.js';
import type { Address, Locale } from '../../guidance/src/guidance.types.js';

export type { Address, Label, Locale };

export type ModerationAction = 'hide' | 'unhide' | 'delete';
export const MODERATION_ACTIONS: readonly ModerationAction[] = ['hide', 'unhide', 'delete'];

/** Why a comment is moderated. Stored on the audit record; never renamed. */
export type ReasonCode = 'spam' | 'abuse' | 'personal_data' | 'illegal' | 'duplicate' | 'other';
export const REASON_CODES: readonly ReasonCode[] = ['spam', 'abuse', 'personal_data', 'illegal', 'duplicate', 'other'];

/**
 * Reasons that justify removing even a complaint without a lead's approval: the comment breaks
 * the rules or the law, or exposes someone. `duplicate` and `other` are not among them — those
 * are the reasons criticism gets removed "because it's annoying".
 */
export const RULE_BREAKING_REASONS: readonly ReasonCode[] = ['spam', 'abuse', 'personal_data', 'illegal'];

export type Role = 'agent' | 'lead' | 'exec' | 'admin';
export const ROLES: readonly Role[] = ['agent', 'lead', 'exec', 'admin'];

/**
 * How strict a workspace is about removals (hide/delete) by agents. `complaints` (default):
 * removing a complaint for a reason other than spam/abuse/personal_data/illegal waits for a lead.
 * `all`: every removal by an agent waits. There is deliberately no looser setting.
 */
export type RemovalApproval = 'complaints' | 'all';
export const REMOVAL_APPROVALS: readonly RemovalApproval[] = ['complaints', 'all'];

export interface ModerationPolicy {
  removalApproval: RemovalApproval;
}

/** Same values as the message's platform state (libs/realtime PlatformState). */
export type CommentState = 'visible' | 'hidden' | 'removed_by_author' | 'deleted_by_us';

export const MIN_JUSTIFICATION_LENGTH = 15;
export const MAX_TEXT_LENGTH = 2000;

export type GuidanceKind = 'pending' | 'removal_of_complaint' | 'spam' | 'abuse' | 'personal_data' | 'illegal';
export const GUIDANCE_KINDS: readonly GuidanceKind[] = ['pending', 'removal_of_complaint', 'spam', 'abuse', 'personal_data', 'illegal'];

/** What to tell the person moderating: why, and what to do instead (in order). Frozen. */
export interface Guidance {
  /** MODERATION_GUIDANCE_VERSION; store it with the audit record */
  readonly version: string;
  readonly title: string;
  readonly why: readonly string[];
  readonly insteadDo: readonly string[];
}

export interface ModerationInput {
  action: ModerationAction;
  /** untrusted: validated here */
  reasonCode: unknown;
  /** untrusted: validated and normalised here */
  justification: unknown;
  role: Role;
  /** the message's current label; `null` while it is not classified */
  label: Label | null;
  currentState: CommentState;
  /** `removalApproval` defaults to `complaints` when missing */
  policy: ModerationPolicy;
  locale: Locale;
  address: Address;
}

export type ModerationField = 'action' | 'reasonCode' | 'justification';

export interface Problem<F extends string> {
  field: F;
  /** in the workspace's locale, addressing the user with its address form */
  message: string;
}

export type ModerationProblem = Problem<ModerationField>;

/** Why a request waits: the product rule about complaints, or the workspace's stricter policy. */
export type PendingBecause = 'complaint_removal' | 'workspace_policy';

export type ModerationDecision =
  | { outcome: 'invalid'; problems: ModerationProblem[] }
  | { outcome: 'refused'; reason: string }
  | {
      outcome: 'execute';
      action: ModerationAction;
      reasonCode: ReasonCode;
      /** normalised; `null` only when optional (spam) and not given */
      justification: string | null;
      /** a lead/admin's own request that an agent would have had to wait for: record it as approved by the requester */
      selfApproved: boolean;
      guidance: Guidance | null;
    }
  | {
      outcome: 'pending_approval';
      action: ModerationAction;
      reasonCode: ReasonCode;
      justification: string | null;
      because: PendingBecause;
      guidance: Guidance;
    };

export type ApprovalDecision = 'approve' | 'reject';

export interface DecisionInput {
  decision: ApprovalDecision;
  /** untrusted: required for reject, optional for approve */
  note: unknown;
  role: Role;
  requesterId: string;
  deciderId: string;
  locale: Locale;
  address: Address;
}

export type DecisionField = 'decision' | 'note';
export type DecisionProblem = Problem<DecisionField>;

export type DecisionResult =
  | { outcome: 'invalid'; problems: DecisionProblem[] }
  | { outcome: 'refused'; reason: string }
  | {
      outcome: 'ok';
      decision: ApprovalDecision;
      /** normalised; `null` when an approval came without a note */
      note: string | null;
      /** the decider is the requester (allowed; normally a lead's own request never waits) */
      ownRequest: boolean;
    };
