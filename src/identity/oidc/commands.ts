import type { Command } from '../../platform/module.ts';
import { type Keyring, RETIRED_KEY_PUBLISH_SECONDS } from './keys.ts';

/** `pratu keys rotate` and `pratu keys list`: the OpenID provider's signing keys. */
export function keyCommands(keyring: Keyring): Command[] {
  return [
    {
      name: 'keys rotate',
      summary: 'Start signing OpenID tokens with a new ES256 key; old keys stay published.',
      usage: `pratu keys rotate [--json]
  A new key signs from now on (every serving process picks it up within 30 seconds). Retired keys
  stay in the JWKS for ${RETIRED_KEY_PUBLISH_SECONDS / 3600} hours, so tokens already issued keep verifying.`,
      async run(args, ctx) {
        const { kid, retired } = await keyring.rotate();
        if (args.includes('--json')) ctx.out(JSON.stringify({ kid, retired }));
        else
          ctx.out(`New signing key ${kid}; ${retired} older key(s) retired but still published.`);
        return 0;
      },
    },
    {
      name: 'keys list',
      summary: 'List the OpenID signing keys currently published in the JWKS.',
      usage: 'pratu keys list',
      async run(_args, ctx) {
        for (const key of await keyring.listPublished()) {
          const state = key.retired_at
            ? `retired ${key.retired_at.toISOString()}, published until ${key.publish_until?.toISOString()}`
            : 'signing';
          ctx.out(`${key.kid}  ${key.alg}  created ${key.created_at.toISOString()}  ${state}`);
        }
        return 0;
      },
    },
  ];
}
