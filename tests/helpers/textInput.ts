import type { ByteInput } from '../../src/ingest/ByteInput.type.js';

/** A file's bytes from a string, as `Io.openInput` gives them. */
export function textInput(text: string): ByteInput {
  const bytes = Buffer.from(text, 'utf8');
  return {
    size: bytes.length,
    async *chunks() {
      yield bytes;
    },
    close: () => {},
  };
}
