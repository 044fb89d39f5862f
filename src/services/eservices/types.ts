import type { Role } from '../../orgs/index.ts';

/**
 * The e-service definition format. A definition is plain JSON (docs/eservice-definition.schema.json
 * describes it, definition.ts checks it), so an agency can write one in the builder, export it,
 * keep it in version control and import it elsewhere: FormSG's lesson that a form is data, not
 * code, is what lets "any agency publish a new e-service in a day without writing code".
 */
export interface LocalText {
  th: string;
  en: string;
}

export const fieldTypes = [
  'text',
  'number',
  'date',
  'choice',
  'checkbox',
  'citizen_id',
  'address',
  'phone',
  'email',
  'file',
  'repeat',
] as const;
export type FieldType = (typeof fieldTypes)[number];

/** Field types allowed inside a repeating row (one flat row of simple inputs). */
export const rowFieldTypes: readonly FieldType[] = [
  'text',
  'number',
  'date',
  'choice',
  'checkbox',
  'citizen_id',
  'phone',
  'email',
];

/**
 * Digital ID claims a definition may ask for. Only the claims a definition declares in `claims`
 * are read for an application, and the citizen is shown each one and where it came from.
 */
export const claimNames = [
  'citizen_id',
  'name_th',
  'name_en',
  'email',
  'phone',
  'birthdate',
  'gender',
  'address',
] as const;
export type ClaimName = (typeof claimNames)[number];

export const fileKinds = ['pdf', 'jpeg', 'png', 'webp'] as const;
export type FileKind = (typeof fileKinds)[number];

export interface ShowIf {
  field: string;
  equals?: string | number | boolean;
  in?: Array<string | number>;
}

export interface ChoiceOption {
  value: string;
  label: LocalText;
}

export interface Field {
  name: string;
  type: FieldType;
  label: LocalText;
  hint?: LocalText;
  required?: boolean;
  showIf?: ShowIf;
  /** Fills the field from this Digital ID claim when the application starts. */
  prefill?: ClaimName;
  /** With `prefill`: the value always comes from the claim and the citizen cannot change it. */
  locked?: boolean;
  // text
  multiline?: boolean;
  minLength?: number;
  maxLength?: number;
  /** A JavaScript regular expression the whole value must match (anchored by the checker). */
  pattern?: string;
  patternMessage?: LocalText;
  // number (min/max) and date (min/max as YYYY-MM-DD or "today")
  min?: number | string;
  max?: number | string;
  integer?: boolean;
  unit?: LocalText;
  // choice
  options?: ChoiceOption[];
  display?: 'radio' | 'select';
  // phone
  phoneKind?: 'mobile' | 'any';
  // file
  accept?: FileKind[];
  maxSizeKb?: number;
  // repeat
  fields?: Field[];
  minRows?: number;
  maxRows?: number;
  rowLabel?: LocalText;
}

export interface Page {
  id: string;
  title: LocalText;
  intro?: LocalText;
  showIf?: ShowIf;
  fields: Field[];
}

export interface EligibilityRule {
  id: string;
  /** An expression in the small language of expression.ts; true means eligible. */
  rule: string;
  message: LocalText;
}

export type Outcome = 'approved' | 'rejected' | 'withdrawn';

export interface WorkflowState {
  code: string;
  label: LocalText;
  final?: boolean;
  outcome?: Outcome;
  /** Whose move it is; the back office lists only states waiting for staff as work to do. */
  waitingFor?: 'staff' | 'citizen';
}

export interface Transition {
  action: string;
  label: LocalText;
  from: string[];
  to: string;
  by: 'citizen' | 'staff';
  /** Staff roles (in the owning organization) that may take this transition. */
  roles?: Role[];
  /** reason: a required text kept with the decision; message: a required text to/from the citizen. */
  needs?: 'reason' | 'message' | 'none';
}

export interface Workflow {
  initial: string;
  states: WorkflowState[];
  transitions: Transition[];
}

export interface EServiceDefinition {
  $schema?: string;
  code: string;
  /** Code of the owning organization (orgs module). */
  organization: string;
  title: LocalText;
  description: LocalText;
  fee: { amountBaht: number; note?: LocalText };
  slaDays: number;
  claims: ClaimName[];
  pages: Page[];
  eligibility: EligibilityRule[];
  workflow: Workflow;
  /** The letter the citizen receives; placeholders {name}, {tracking}, {service}, {date}, {reason}. */
  result: { approved: LocalText; rejected: LocalText };
}

/** A stored file attached to an application. */
export interface FileRef {
  id: string;
  filename: string;
  kind: FileKind;
  size: number;
}

export interface AddressValue {
  houseNo: string;
  moo?: string;
  soi?: string;
  road?: string;
  subdistrict: string;
  districtCode: string;
  provinceCode: string;
  postalCode: string;
}

export type AnswerValue =
  | string
  | number
  | boolean
  | AddressValue
  | FileRef
  | Array<Record<string, string | number | boolean>>;

export type Answers = Record<string, AnswerValue>;

/**
 * What a citizen has typed so far, exactly as typed (input name → text), so a draft can hold
 * half-finished values and every value comes back after an error.
 */
export interface DraftState {
  values: Record<string, string>;
  /** Number of rows of each repeating field. */
  rows: Record<string, number>;
  files: Record<string, FileRef>;
  /** Field name → the claim it was filled from. */
  prefilled: Record<string, ClaimName>;
}

export type Claims = Partial<Record<ClaimName, string | AddressValue>>;
