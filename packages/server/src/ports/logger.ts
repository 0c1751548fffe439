/** Where use cases tell operators what happened (JSON lines in HOME/logs/ by default). */
export interface Logger {
  readonly file: string | undefined;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}
