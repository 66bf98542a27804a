/**
 * The review step's view: what Save (or an undo) will do, per product and per user, and who is held back and why.
 * Save's review reads the same pre-flight the products step shows and Save acts on, so the review cannot say one
 * thing and the save do another.
 */
import { heldBackReason } from '../core/held-back.js';
import { countChanges } from '../core/review.js';
import { operationsToSave } from '../core/validation.js';
import type { FailureReason, HeldLicense, Product, ServicePlanId, SkuId, TenantUser, UserId, UserOperation } from '../core/types.js';
import type { Preflight } from './preflight.js';
import type { PendingUndo } from './session-model.js';
import type { ReviewChange, ReviewView } from './view-state.js';

interface Person {
  readonly displayName: string;
  readonly userPrincipalName: string;
}

const CHANGED_SINCE: FailureReason = Object.freeze({ kind: 'changed-since', message: '', notSent: true });

export function planNamesOf(products: readonly Product[]): ReadonlyMap<ServicePlanId, string> {
  return new Map(products.flatMap((product) => product.servicePlans.map((plan) => [plan.id, plan.displayName] as const)));
}

function change(operation: UserOperation, person: Person | undefined, held: readonly HeldLicense[], heldBack: FailureReason | null): ReviewChange {
  const holds = new Set(held.map((license) => license.skuId));
  return {
    userId: operation.userId,
    displayName: person?.displayName ?? operation.userId,
    userPrincipalName: person?.userPrincipalName ?? '',
    assign: operation.assign.map((assignment) => ({ ...assignment, held: holds.has(assignment.skuId) })),
    remove: operation.remove,
    heldBack,
  };
}

/** Save's review: the users sent first, then the ones the check before saving holds back, with why. */
export interface ReviewNames {
  readonly planNames: ReadonlyMap<ServicePlanId, string>;
  readonly productNames: ReadonlyMap<SkuId, string>;
}

export function saveReview(current: Preflight, users: readonly TenantUser[], products: readonly Product[], names: ReviewNames): ReviewView {
  const { operations, findings } = current;
  const sent = operationsToSave(operations, findings);
  const sentIds = new Set(sent.map((operation) => operation.userId));
  const userOf = new Map(users.map((user) => [user.id, user]));
  const held = new Map(users.map((user) => [user.id, user.licenses]));
  const heldBack = operations.filter((operation) => !sentIds.has(operation.userId));
  const changes = [
    ...sent.map((operation) => change(operation, userOf.get(operation.userId), held.get(operation.userId) ?? [], null)),
    ...heldBack.map((operation) => change(operation, userOf.get(operation.userId), held.get(operation.userId) ?? [], heldBackReason(findings, operation))),
  ];
  return { kind: 'save', undoOf: null, products: countChanges(sent, held, products), changes, heldBackCount: heldBack.length, ...names };
}

/** An undo's review: the reverse operations, then the users skipped because their licenses changed since. */
export function undoReview(undo: PendingUndo, products: readonly Product[], names: ReviewNames): ReviewView {
  const heldNow = (userId: UserId) => undo.held.get(userId) ?? [];
  const skipped = undo.skipped.map((userId) => ({
    userId,
    displayName: undo.people.get(userId)?.displayName ?? userId,
    userPrincipalName: undo.people.get(userId)?.userPrincipalName ?? '',
    assign: [],
    remove: [],
    heldBack: CHANGED_SINCE,
  }));
  return {
    kind: 'undo',
    undoOf: { jobId: undo.undoOf, startedAt: undo.undoOfStartedAt },
    products: countChanges(undo.operations, undo.held, products),
    changes: [...undo.operations.map((operation) => change(operation, undo.people.get(operation.userId), heldNow(operation.userId), null)), ...skipped],
    heldBackCount: skipped.length,
    planNames: names.planNames,
    // The job's own names first: a product it changed may no longer be offered.
    productNames: new Map([...undo.productNames, ...names.productNames]),
  };
}
