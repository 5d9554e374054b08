/** Whole-run failures. The CLI prints `message` on one line and exits with `exitCode`. */
export class ZhcardsError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Wrong command line: unknown option, missing argument, bad value. Exit 2. */
export class UsageError extends ZhcardsError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** Input that cannot be read or has nothing to analyse. Exit 1. */
export class InputError extends ZhcardsError {
  constructor(message: string) {
    super(message, 1);
  }
}
