import { fileURLToPath } from 'node:url';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import type { FastifyInstance } from 'fastify';
import type { OrgsApi } from '../../orgs/index.ts';
import type { JobQueue } from '../../platform/jobs.ts';
import type { Kernel } from '../../platform/kernel.ts';
import type { Registry } from '../../registry/index.ts';
import { IAL_CARD_CHECK, IAL_NONE } from './assurance.ts';
import { type AccountsApi, type EnrolmentDeps, toIal } from './enrolment.ts';
import { addressPolicy, citizenLockPolicy } from './lockout.ts';
import './messages.ts';
import { enrolmentMigrations } from './migrations.ts';
import * as passkeys from './passkeys.ts';
import { cardCheckStep, type ProofingStep } from './proofing.ts';
import { registerEnrolmentRoutes } from './routes.tsx';
import { signInWithPin } from './sign-in.ts';
import * as store from './store.ts';

export { acrFor, IAL_CARD_CHECK, passkeyAmr } from './assurance.ts';
export type { AccountsApi } from './enrolment.ts';
export type { ProofingContext, ProofingStep, StepOutcome } from './proofing.ts';

export type AuthenticatorsDeps = Kernel & {
  registry: Registry;
  accounts: AccountsApi;
  orgs: OrgsApi;
  /**
   * Optional: the platform session store, so that a re-enrolment (lost phone) ends the person's
   * other web sessions. Not part of Kernel; pass `sessions` from the composition root.
   */
  sessions?: { destroyForAccount(accountId: string): Promise<number> };
  /** Optional: extra proofing steps run after the card check (the face check, next issue). */
  extraProofingSteps?: ProofingStep[];
};

export interface PasskeySummary {
  id: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** 'singleDevice': bound to one device; 'multiDevice': a synced passkey. */
  deviceType: 'singleDevice' | 'multiDevice';
  backedUp: boolean;
  transports: string[];
}

/**
 * Enrolment and authenticators of the Digital ID (issue 3): identity proofing against the
 * population registry, passkeys (WebAuthn) and PINs, lock-outs, and the citizen's passkey page.
 * The identity module wires this factory in and builds the OpenID provider on top of its API.
 */
export function createAuthenticators(deps: AuthenticatorsDeps) {
  const { db, config } = deps;
  const rp = passkeys.relyingPartyOf(config);
  const enrolment: EnrolmentDeps = {
    db,
    accounts: deps.accounts,
    rp,
    steps: [cardCheckStep(deps.registry, IAL_CARD_CHECK), ...(deps.extraProofingSteps ?? [])],
    addressPolicy: addressPolicy(config.rateLimitPerMinute),
    ...(deps.sessions ? { sessions: deps.sessions } : {}),
  };
  const logins = deps.metrics.counter(
    'pratu_identity_logins_total',
    'Sign-ins by method and authenticator assurance level (AAL)',
    ['method', 'aal', 'outcome'],
  );
  const enrolments = deps.metrics.counter(
    'pratu_identity_enrolments_total',
    'Enrolment attempts by outcome',
    ['outcome'],
  );

  async function counted<T>(method: string, aal: string, run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      logins.labels(method, aal, 'success').inc();
      return result;
    } catch (error) {
      logins.labels(method, aal, 'refused').inc();
      throw error;
    }
  }

  const api = {
    /** Starts a passkey sign-in: options for navigator.credentials.get() and the challenge id. */
    startPasskeyLogin(): Promise<{
      challengeId: string;
      options: PublicKeyCredentialRequestOptionsJSON;
    }> {
      return passkeys.startAuthentication(db, rp);
    },

    /**
     * Verifies the assertion; throws a DomainError (401/400, message in Thai and English) for a
     * replayed, forged, unknown or unverified one. AAL2: a passkey with user verification.
     */
    async finishPasskeyLogin(
      challengeId: string,
      response: AuthenticationResponseJSON,
    ): Promise<{ accountId: string; amr: string[]; aal: 2 }> {
      const login = await counted('passkey', '2', () =>
        passkeys.finishAuthentication(db, rp, challengeId, response),
      );
      return { accountId: login.accountId, amr: login.amr, aal: 2 };
    },

    /** PIN sign-in (AAL1), locked after five failures per citizen ID, throttled per address. */
    verifyPin(
      citizenId: string,
      pin: string,
      clientAddress: string,
    ): Promise<{ accountId: string; amr: ['pin']; aal: 1 }> {
      return counted('pin', '1', () => signInWithPin(enrolment, citizenId, pin, clientAddress));
    },

    /** The identity assurance of the account's latest completed enrolment (0 if never enrolled). */
    async identityAssurance(accountId: string): Promise<{ ial: number }> {
      const latest = await store.latestCompletedEnrolment(db, accountId);
      return { ial: latest ? toIal(latest.ial) : IAL_NONE };
    },

    async listPasskeys(accountId: string): Promise<PasskeySummary[]> {
      const rows = await store.listPasskeys(db, accountId);
      return rows.map((r) => ({
        id: r.id,
        createdAt: r.created_at,
        lastUsedAt: r.last_used_at,
        deviceType: r.device_type,
        backedUp: r.backed_up,
        transports: r.transports,
      }));
    },

    /** Revokes one of the account's passkeys (audited); a 404 DomainError if it is not theirs. */
    async removePasskey(accountId: string, passkeyId: string): Promise<void> {
      await passkeys.removePasskey(db, accountId, passkeyId);
    },

    /** Whether the person has any way to sign in (an active passkey or a PIN). */
    async hasAuthenticator(accountId: string): Promise<boolean> {
      if ((await store.listPasskeys(db, accountId)).length > 0) return true;
      return !!(await store.findPin(db, accountId));
    },
  };

  return {
    ...api,
    migrations: enrolmentMigrations,
    routes: (app: FastifyInstance) =>
      registerEnrolmentRoutes(app, { ...enrolment, config, api, enrolmentsCounter: enrolments }),
    scripts: {
      passkey: fileURLToPath(new URL('./client/passkey.ts', import.meta.url)),
    } as Record<string, string>,
    /** Hourly housekeeping: used-up challenges and idle lock-out counters. */
    jobs(queue: JobQueue): void {
      queue.register('identity.purge-authenticator-state', async () => ({
        deleted: await store.purgeExpired(db, new Date(Date.now() - citizenLockPolicy.windowMs)),
      }));
      queue.schedule('identity.purge-authenticator-state', 3_600_000);
    },
    /** The WebAuthn relying party (RP ID and origin) passkeys are bound to. */
    relyingParty: rp,
  };
}

export type Authenticators = ReturnType<typeof createAuthenticators>;
