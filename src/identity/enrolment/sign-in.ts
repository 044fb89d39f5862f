import { DomainError } from '../../platform/errors.ts';
import { FieldCollector } from '../../platform/forms.ts';
import { parseCitizenId } from '../../registry/index.ts';
import { PIN_AMR } from './assurance.ts';
import type { EnrolmentDeps } from './enrolment.ts';
import { guardAttempt } from './enrolment.ts';
import { forgiveAttempts, lockKeys } from './lockout.ts';
import { dummyPinHash, hashPin, normalizePin, pinNeedsRehash, verifyPinHash } from './pin.ts';
import * as store from './store.ts';

export interface PinLogin {
  accountId: string;
  amr: ['pin'];
  aal: 1;
}

/**
 * PIN sign-in (AAL1, NIST SP 800-63B 5.1.1): the attempt is counted before the PIN is checked
 * (five wrong PINs lock the citizen ID for 30 minutes; a per-address throttle slows one PIN tried
 * against many IDs), and an unknown citizen or one without a PIN costs the same argon2
 * verification as a wrong PIN, so timing does not tell who is enrolled.
 */
export async function signInWithPin(
  deps: Pick<EnrolmentDeps, 'db' | 'accounts' | 'addressPolicy'>,
  citizenIdInput: string,
  pinInput: string,
  clientAddress: string,
): Promise<PinLogin> {
  const fields = new FieldCollector();
  const parsed = parseCitizenId(citizenIdInput ?? '');
  if (!citizenIdInput) fields.add('citizen_id', 'identity.enrol_citizen_id_required');
  else if (!parsed.ok) {
    fields.add(
      'citizen_id',
      parsed.reason === 'checksum'
        ? 'identity.enrol_citizen_id_checksum'
        : 'identity.enrol_citizen_id_format',
    );
  }
  const pin = normalizePin(pinInput ?? '');
  if (!pin) fields.add('pin', 'identity.pin_required');
  fields.throwIfAny();
  const citizenId = parsed.ok ? parsed.id : '';

  const citizenKey = lockKeys.pinCitizen(citizenId);
  const attempt = await guardAttempt(
    deps,
    { address: lockKeys.pinAddress(clientAddress), citizen: citizenKey },
    'identity.pin_locked',
  );

  const account = await deps.accounts.findAccountByCitizenId(citizenId);
  const row = account ? await store.findPin(deps.db, account.id) : null;
  const matches = await verifyPinHash(row?.pin_hash ?? (await dummyPinHash()), pin);
  if (!account || !row || !matches) {
    throw new DomainError('identity.pin_sign_in_failed', {
      status: 401,
      params: { remaining: attempt.allowed ? attempt.remaining : 0 },
    });
  }
  await forgiveAttempts(deps.db, citizenKey);
  // Hashes made under an older, cheaper setting are upgraded while the PIN is at hand.
  await store.recordPinUse(
    deps.db,
    account.id,
    pinNeedsRehash(row.pin_hash) ? await hashPin(pin) : undefined,
  );
  return { accountId: account.id, amr: [...PIN_AMR] as ['pin'], aal: 1 };
}
