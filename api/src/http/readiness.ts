/** What /readyz reports: each named check; the required ones must pass. */
export type ReadinessCheck = () => Promise<boolean>;

export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();
  /** Reported but not required: without them the process still serves (search down: everything else works). */
  private readonly optional = new Set<string>();
  private startupComplete = false;

  add(name: string, check: ReadinessCheck, options: { required?: boolean } = {}): void {
    this.checks.set(name, check);
    if (options.required === false) this.optional.add(name);
  }

  markStarted(): void {
    this.startupComplete = true;
  }

  get started(): boolean {
    return this.startupComplete;
  }

  async report(): Promise<{ ready: boolean; checks: Record<string, boolean> }> {
    const checks: Record<string, boolean> = { startup: this.startupComplete };
    await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        checks[name] = await check().catch(() => false);
      }),
    );
    const ready = Object.entries(checks).every(([name, passed]) => passed || this.optional.has(name));
    return { ready, checks };
  }
}
