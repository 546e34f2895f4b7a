/** What /readyz reports: each named check must pass. */
export type ReadinessCheck = () => Promise<boolean>;

export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();
  private startupComplete = false;

  add(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
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
    return { ready: Object.values(checks).every(Boolean), checks };
  }
}
