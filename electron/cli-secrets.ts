import fs from 'node:fs';
import { CliFailure } from './cli-context';
import { protectionOf } from './core/security/encryption-marker';
import { DatabaseKey } from './core/db/cipher';
import { DATABASE_FILE } from './core/workspace/workspace';
import path from 'node:path';

/*
 * Passphrases on the command line: from LETTERDESK_PASSPHRASE (and
 * LETTERDESK_NEW_PASSPHRASE for a new one), or typed at a prompt with echo
 * off when stdin is a terminal. Never from an argument (it would land in the
 * shell history and the process list), never remembered between runs.
 */

export interface SecretSource {
  env: NodeJS.ProcessEnv;
  /** Asks on the terminal without echo; absent when stdin is not a terminal. */
  readSecret?: (prompt: string) => Promise<string>;
  /** --passphrase-file FILE or --passphrase-fd N, read only when a passphrase is needed; before the environment. */
  fromOption?: () => PassphraseOption;
}

export interface PassphraseOption {
  file?: string;
  fd?: string;
}

/**
 * The passphrase given by --passphrase-file or --passphrase-fd: the file's or
 * the descriptor's text up to its end, less one final line break. Undefined
 * when neither is given; a CliFailure naming the problem otherwise.
 */
export function readPassphraseOption(
  option: PassphraseOption,
  read: (source: string | number) => string = (source) => fs.readFileSync(source, 'utf8'),
): string | undefined {
  if (option.file !== undefined && option.fd !== undefined) throw new CliFailure('give --passphrase-file or --passphrase-fd, not both.');
  if (option.file === undefined && option.fd === undefined) return undefined;
  let text: string;
  if (option.fd !== undefined) {
    if (!/^\d{1,4}$/.test(option.fd)) throw new CliFailure(`--passphrase-fd takes a file descriptor number, not "${option.fd}".`);
    try {
      text = read(Number(option.fd));
    } catch (error) {
      throw new CliFailure(
        `cannot read the passphrase from file descriptor ${option.fd}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
  } else {
    try {
      text = read(option.file!);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliFailure(`cannot read the passphrase from ${option.file}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}`);
    }
  }
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase === '')
    throw new CliFailure(`the passphrase ${option.fd !== undefined ? `on file descriptor ${option.fd}` : `in ${option.file}`} is empty; nothing was done.`);
  return passphrase;
}

export interface CliSecrets {
  /** The key of the workspace in `dataDir` when it is encrypted (asked once per run), else null. */
  workspaceKey(dataDir: string): Promise<DatabaseKey | null>;
  /** The passphrase that opened the workspace (for change and remove), null when it is not encrypted. */
  currentPassphrase(dataDir: string): Promise<string | null>;
  /** A new passphrase: LETTERDESK_NEW_PASSPHRASE, or typed twice. */
  newPassphrase(): Promise<string>;
}

/** The variables that may carry a passphrase: read once, then deleted, so no child process inherits them. */
const PASSPHRASE_VARIABLES = ['LETTERDESK_PASSPHRASE', 'LETTERDESK_NEW_PASSPHRASE'] as const;

export function createCliSecrets(source: SecretSource): CliSecrets {
  const given = { current: source.env.LETTERDESK_PASSPHRASE, next: source.env.LETTERDESK_NEW_PASSPHRASE };
  for (const name of PASSPHRASE_VARIABLES) delete source.env[name];
  const asked = new Map<string, string | null>();
  let fromOption: string | undefined | null = null; // null: not read yet
  const optionPassphrase = () => (fromOption === null ? (fromOption = source.fromOption ? readPassphraseOption(source.fromOption()) : undefined) : fromOption);
  const currentPassphrase = async (dataDir: string): Promise<string | null> => {
    if (asked.has(dataDir)) return asked.get(dataDir) ?? null;
    let passphrase: string | null = null;
    if (protectionOf(dataDir, path.join(dataDir, DATABASE_FILE)) === 'encrypted') {
      passphrase = optionPassphrase() || given.current || (await ask(source, 'Passphrase of the workspace: ', 'LETTERDESK_PASSPHRASE'));
    }
    asked.set(dataDir, passphrase);
    return passphrase;
  };
  return {
    currentPassphrase,
    async workspaceKey(dataDir) {
      const passphrase = await currentPassphrase(dataDir);
      return passphrase ? new DatabaseKey(passphrase) : null;
    },
    async newPassphrase() {
      if (given.next) return given.next;
      const first = await ask(source, 'New passphrase: ', 'LETTERDESK_NEW_PASSPHRASE');
      const again = await ask(source, 'The new passphrase again: ', 'LETTERDESK_NEW_PASSPHRASE');
      if (first !== again) throw new CliFailure('the two passphrases are not the same; nothing was changed.');
      return first;
    },
  };
}

async function ask(source: SecretSource, prompt: string, variable: string): Promise<string> {
  if (!source.readSecret) {
    throw new CliFailure(`the workspace is protected with a passphrase. Set ${variable}, or run the command in a terminal to type it.`);
  }
  const answer = await source.readSecret(prompt);
  if (answer === '') throw new CliFailure('no passphrase was typed; nothing was done.');
  return answer;
}

/**
 * Reads a line from the terminal with echo off (raw mode), writing the
 * prompt to stderr so stdout stays clean for --json. Undefined when stdin is
 * not a terminal: the caller then says how to pass the passphrase instead.
 */
export function terminalSecretReader(stdin: NodeJS.ReadStream = process.stdin, prompt: NodeJS.WriteStream = process.stderr): SecretSource['readSecret'] {
  if (!stdin.isTTY) return undefined;
  return (question) =>
    new Promise<string>((resolve, reject) => {
      prompt.write(question);
      let typed = '';
      stdin.setRawMode(true);
      stdin.resume();
      stdin.setEncoding('utf8');
      const finish = (error?: Error) => {
        stdin.setRawMode(false);
        stdin.pause();
        stdin.removeListener('data', onData);
        prompt.write('\n');
        if (error) reject(error);
        else resolve(typed);
      };
      const onData = (chunk: string) => {
        for (const char of chunk) {
          if (char === '\r' || char === '\n' || char === '\u0004') return finish();
          if (char === '\u0003') return finish(new CliFailure('cancelled; nothing was done.'));
          if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
          else typed += char;
        }
      };
      stdin.on('data', onData);
    });
}
