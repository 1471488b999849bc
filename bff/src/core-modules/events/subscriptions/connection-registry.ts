import { ipSubject } from '../../../infra/rate-limit/rate-limit-keys';
import type { SubscriptionLimits } from '../events-settings';

/** Why a socket may not be opened or kept. */
export type AdmissionRefusal = 'INSTANCE_FULL' | 'IP_FULL' | 'USER_FULL';

/**
 * The open subscription sockets of this instance, counted per client IP (an IPv6 client by its /64, as the rate
 * limits count it) and per signed-in user, against the limits. An upgrade takes an IP place before the handshake
 * (`admit`); connection_init takes a user place (`admitUser`); closing gives both back.
 */
export class ConnectionRegistry {
  private total = 0;
  private readonly perIp = new Map<string, number>();
  private readonly perUser = new Map<string, number>();

  constructor(private readonly limits: Pick<SubscriptionLimits, 'maxConnections' | 'maxConnectionsPerIp' | 'maxConnectionsPerUser'>) {}

  get size(): number {
    return this.total;
  }

  /** Takes a place for a socket of `ip`, or says why not. */
  admit(ip: string): AdmissionRefusal | null {
    if (this.total >= this.limits.maxConnections) return 'INSTANCE_FULL';
    const subject = ipSubject(ip);
    const count = this.perIp.get(subject) ?? 0;
    if (count >= this.limits.maxConnectionsPerIp) return 'IP_FULL';
    this.perIp.set(subject, count + 1);
    this.total += 1;
    return null;
  }

  release(ip: string): void {
    const subject = ipSubject(ip);
    const count = this.perIp.get(subject) ?? 0;
    if (count <= 1) this.perIp.delete(subject);
    else this.perIp.set(subject, count - 1);
    this.total = Math.max(0, this.total - 1);
  }

  admitUser(userId: string): boolean {
    const count = this.perUser.get(userId) ?? 0;
    if (count >= this.limits.maxConnectionsPerUser) return false;
    this.perUser.set(userId, count + 1);
    return true;
  }

  releaseUser(userId: string): void {
    const count = this.perUser.get(userId) ?? 0;
    if (count <= 1) this.perUser.delete(userId);
    else this.perUser.set(userId, count - 1);
  }
}

/** Counts a socket's messages in fixed windows; `allow` turns false once a window holds more than the limit. */
export class MessageRate {
  private windowStart = 0;
  private count = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  allow(): boolean {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.count = 0;
    }
    this.count += 1;
    return this.count <= this.limit;
  }
}
