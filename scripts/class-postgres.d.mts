/** Types of class-postgres.mjs, for the TypeScript tests that start a cluster. */
export interface PostgresCluster {
  url: string;
  port: number;
  dir: string;
  createDatabase(name: string): Promise<string>;
  stopServer(mode?: "smart" | "fast" | "immediate"): void;
  startServer(): void;
  stop(): void;
}
export function createDatabase(url: string, name: string): Promise<string>;
export function startPostgresCluster(): Promise<PostgresCluster>;
export function freeLoopbackPort(): Promise<number>;
export function postgresBinDir(): string | undefined;
