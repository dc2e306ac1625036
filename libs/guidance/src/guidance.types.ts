/**
 * Public contract of the guidance library: playbooks (what to do with a labelled/flagged
 * comment), reply templates, and the reply check that runs while an agent types.
 */
import type { Flag, Label } from '../../classifier/src/classifier.types.js';

export type { Flag, Label };

export type Locale = 'de' | 'en';
/** How a workspace addresses people in German. English has one form, so it ignores this. */
export type Address = 'Sie' | 'du';
/** Every label and every flag has a playbook. */
export type PlaybookKey = Label | Flag;

/** The placeholders a template may use; anything else is rejected by validateTemplate. */
export type Placeholder = 'authorName' | 'agentName' | 'brand';
export type TemplateValues = Partial<Record<Placeholder, string | null | undefined>>;

export interface Template {
  /** stable across locales and address forms (`complaint.sorry-dm`), so overrides can target it */
  readonly id: string;
  readonly title: string;
  /** plain text with `{{authorName}}`, `{{agentName}}`, `{{brand}}` */
  readonly body: string;
}

export interface Playbook {
  /** the label or flag, e.g. `complaint` or `urgent` */
  readonly id: PlaybookKey;
  readonly kind: 'label' | 'flag';
  readonly version: string;
  readonly locale: Locale;
  /** `null` for English */
  readonly address: Address | null;
  readonly title: string;
  /** what to do now, in order, addressed to the agent */
  readonly doNow: readonly string[];
  readonly dont: readonly string[];
  readonly templates: readonly Template[];
}

export interface PlaybookQuery {
  label: Label;
  flags?: readonly Flag[];
  locale: Locale;
  address: Address;
}

/** An admin's change to one template of a workspace. */
export interface TemplateOverride {
  id: string;
  title?: string;
  body?: string;
  /** hide a default template in this workspace */
  disabled?: boolean;
}

export interface TemplateInput {
  id?: string;
  title?: string;
  body: string;
}

export type TemplateIssueCode =
  | 'empty'
  | 'too_long'
  | 'unknown_placeholder'
  | 'malformed_placeholder'
  | 'invalid_id'
  | 'duplicate_id'
  | 'missing_body';

export interface Span {
  start: number;
  end: number;
}

export interface TemplateIssue {
  code: TemplateIssueCode;
  message: string;
  /** offsets into the body, when the issue sits at one place */
  span: Span | null;
}

export interface TemplateValidation {
  ok: boolean;
  issues: TemplateIssue[];
}

export type CheckCode =
  | 'defensive_wording'
  | 'missing_acknowledgement'
  | 'wrong_address'
  | 'unchanged_template'
  | 'repeated_reply'
  | 'shouting'
  | 'personal_data_echoed'
  | 'promise_without_followup'
  | 'unanswered_question';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: CheckCode;
  severity: Severity;
  /** in ctx.locale, addressing the agent with the workspace's address form */
  message: string;
  /** offsets into the draft (UTF-16 code units, as String.prototype.slice) */
  span: Span | null;
}

export interface ReplyCheckContext {
  locale: Locale;
  address: Address;
  label?: Label;
  flags?: readonly Flag[];
  /** the comment being answered */
  inboundText?: string;
  /** the workspace's templates, to detect a draft that is still a template */
  templates?: readonly { id: string; body: string }[];
  /** the team's replies posted today; pass the same array instance between keystrokes, it is indexed once */
  recentReplies?: readonly string[];
  followUpSet?: boolean;
}
