import { FormError } from '../../platform/forms.ts';
import type { Command } from '../../platform/module.ts';
import type { RelyingParties } from './service.ts';

const usage = `pratu rp add --name NAME --redirect-uri URI [--redirect-uri URI ...] --scopes "openid pid name"
              [--sandbox] [--purpose TEXT] [--name-en NAME] [--min-aal 1|2]
              [--client-credentials] [--post-logout-redirect-uri URI ...] [--json]
  Registers a relying party. Without --sandbox it is live at once (an operator's command stands
  for a platform administrator's approval), so every URI must use https://. With --json prints
  {"client_id": ..., "client_secret": ...}; the secret is shown only this once.`;

/** Reads `--flag value` pairs; repeatable flags collect every value. */
export function parseFlags(args: string[]): {
  values: Map<string, string[]>;
  switches: Set<string>;
} {
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  const valued = new Set([
    '--name',
    '--name-en',
    '--purpose',
    '--redirect-uri',
    '--post-logout-redirect-uri',
    '--scopes',
    '--min-aal',
  ]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (valued.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new Error(`${name} needs a value`);
      values.set(name, [...(values.get(name) ?? []), value]);
    } else if (name.startsWith('--')) switches.add(name);
    else throw new Error(`unexpected argument: ${arg}`);
  }
  return { values, switches };
}

export function relyingPartyCommands(relyingParties: RelyingParties): Command[] {
  return [
    {
      name: 'rp add',
      summary: 'Register a relying party (an app that signs citizens in) and print its client id.',
      usage,
      async run(args, ctx) {
        let flags: ReturnType<typeof parseFlags>;
        try {
          flags = parseFlags(args);
        } catch (error) {
          ctx.out(`${(error as Error).message}\n\nUsage: ${usage}`);
          return 2;
        }
        const one = (name: string) => flags.values.get(name)?.at(-1) ?? '';
        const name = one('--name');
        const sandbox = flags.switches.has('--sandbox');
        try {
          const { rp, clientSecret } = await relyingParties.register(
            'cli',
            {
              name_th: name,
              name_en: one('--name-en') || name,
              purpose_th: one('--purpose') || (name ? `เข้าสู่ระบบ ${name}` : ''),
              purpose_en: one('--purpose') || (name ? `Sign in to ${name}` : ''),
              redirect_uris: flags.values.get('--redirect-uri') ?? [],
              post_logout_redirect_uris: flags.values.get('--post-logout-redirect-uri') ?? [],
              scopes: one('--scopes')
                .split(/[\s,]+/)
                .filter(Boolean),
              client_credentials: flags.switches.has('--client-credentials'),
              token_endpoint_auth_method: 'client_secret_basic',
              jwks: '',
              logo_url: '',
              min_aal: one('--min-aal') || '2',
            },
            { organizationId: null, environment: sandbox ? 'sandbox' : 'production' },
          );
          if (flags.switches.has('--json')) {
            ctx.out(JSON.stringify({ client_id: rp.client_id, client_secret: clientSecret }));
          } else {
            ctx.out(`Registered ${rp.name_en} (${rp.environment})`);
            ctx.out(`client_id:     ${rp.client_id}`);
            ctx.out(`client_secret: ${clientSecret} (shown only now)`);
          }
          return 0;
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          for (const [field, message] of Object.entries(error.messages('en'))) {
            ctx.out(`${field}: ${message}`);
          }
          return 2;
        }
      },
    },
  ];
}
