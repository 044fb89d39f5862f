/**
 * A tiny authoritative DNS server on loopback serving a zone held in memory, for the tests (and
 * anyone trying the registry without touching the internet): point PRATU_DNS_SERVERS at it.
 * Built on dns2. Unknown names answer NXDOMAIN (RFC 1035 §4.1.1 RCODE 3); a known name without
 * records of the asked type answers NOERROR with no records (what resolvers call ENODATA).
 */

import dns2 from 'dns2';

export interface ZoneRecords {
  mx?: Array<{ exchange: string; priority: number }>;
  /** Each record as its character-strings. */
  txt?: string[][];
}

export type Zone = Map<string, ZoneRecords>;

const NXDOMAIN = 3;
type Answer = Parameters<dns2.Packet['answers']['push']>[0];

export async function startDnsZoneServer(zone: Zone = new Map()) {
  const { Packet } = dns2;
  const server = dns2.createServer({
    udp: true,
    handle(request, send) {
      const response = Packet.createResponseFromRequest(request);
      const [question] = request.questions;
      if (!question) {
        send(response);
        return;
      }
      const name = question.name.toLowerCase().replace(/\.$/, '');
      const records = zone.get(name);
      if (!records) {
        response.header.rcode = NXDOMAIN;
      } else if (question.type === Packet.TYPE.MX) {
        for (const mx of records.mx ?? []) {
          response.answers.push({
            name: question.name,
            type: Packet.TYPE.MX,
            class: Packet.CLASS.IN,
            ttl: 60,
            exchange: mx.exchange,
            priority: mx.priority,
          } as Answer);
        }
      } else if (question.type === Packet.TYPE.TXT) {
        for (const txt of records.txt ?? []) {
          response.answers.push({
            name: question.name,
            type: Packet.TYPE.TXT,
            class: Packet.CLASS.IN,
            ttl: 60,
            data: txt,
          } as Answer);
        }
      }
      send(response);
    },
  });
  server.on('requestError', () => {});
  await server.listen({ udp: { port: 0, address: '127.0.0.1' } });
  const port = server.addresses().udp?.port;
  if (!port) throw new Error('the loopback DNS server did not start');
  return {
    zone,
    /** For PRATU_DNS_SERVERS or Resolver.setServers. */
    address: `127.0.0.1:${port}`,
    /** Publishes the records a well-run mail domain has: MX, SPF, DMARC. */
    addMailDomain(domain: string) {
      zone.set(domain, {
        mx: [{ exchange: `mail.${domain}`, priority: 10 }],
        txt: [[`v=spf1 mx -all`]],
      });
      zone.set(`_dmarc.${domain}`, { txt: [['v=DMARC1; p=reject; rua=mailto:dmarc@', domain]] });
    },
    async stop() {
      await server.close();
    },
  };
}

export type DnsZoneServer = Awaited<ReturnType<typeof startDnsZoneServer>>;
