/**
 * An incremental PDF tokenizer that records the facts the upload check needs, fed chunk by chunk so a file is
 * never held in memory. It understands just enough of the syntax (comments, strings, dictionaries, names with
 * #xx escapes, stream bodies) not to be fooled by where a token falls or how a name is spelled.
 */

const ACTIVE_CONTENT_NAMES = new Set(['JavaScript', 'JS', 'Launch', 'AA', 'XFA', 'RichMedia', 'EmbeddedFile', 'EmbeddedFiles']);
const FILTER_NAMES = new Set([
  'FlateDecode', 'Fl', 'ASCIIHexDecode', 'AHx', 'ASCII85Decode', 'A85', 'LZWDecode', 'LZW', 'RunLengthDecode', 'RL',
  'CCITTFaxDecode', 'CCF', 'DCTDecode', 'DCT', 'JBIG2Decode', 'JPXDecode', 'Crypt',
]);
const MAX_TOKEN = 256;
const MAX_DICT_DEPTH = 64;
const END_STREAM = Buffer.from('endstream');

interface DictFrame {
  type?: string;
  count?: number;
  filters: string[];
  previous?: string;
}

/** What one stream's dictionary said, handed to the caller when the stream body ends. */
export interface StreamInfo {
  type?: string;
  filters: string[];
}

export interface PdfFacts {
  activeContent: Set<string>;
  hasEncrypt: boolean;
  pageObjects: number;
  /** The largest /Count of a /Type /Pages node (the page tree's own total). */
  pagesTreeCount: number;
  hasXrefTable: boolean;
  hasTrailer: boolean;
  hasStartxref: boolean;
  hasXrefStream: boolean;
  tooDeep: boolean;
}

type Mode = 'normal' | 'comment' | 'string' | 'hexstring' | 'stream';

export class PdfLexer {
  readonly facts: PdfFacts = {
    activeContent: new Set(), hasEncrypt: false, pageObjects: 0, pagesTreeCount: 0,
    hasXrefTable: false, hasTrailer: false, hasStartxref: false, hasXrefStream: false, tooDeep: false,
  };
  private mode: Mode = 'normal';
  private token: number[] = [];
  private tokenIsName = false;
  private pendingAngle: '<' | '>' | undefined;
  private stringDepth = 0;
  private stringEscape = false;
  private endStreamMatched = 0;
  private stack: DictFrame[] = [];
  private lastTopDict: StreamInfo | undefined;
  private streamInfo: StreamInfo | undefined;

  /**
   * @param onStream receives each stream body (without its keywords) in pieces, then `end`; used to inflate
   *   object streams, whose objects are otherwise invisible to a byte scan.
   */
  constructor(private readonly onStream?: (info: StreamInfo, piece: Buffer | 'end') => void) {}

  get isInsideStream(): boolean {
    return this.mode === 'stream';
  }

  feed(chunk: Buffer): void {
    let streamStart = -1;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (this.mode === 'stream') {
        if (streamStart < 0) streamStart = i;
        if (this.matchEndStream(b)) {
          this.emitStream(chunk.subarray(streamStart, i + 1), true);
          streamStart = -1;
        }
        continue;
      }
      this.step(b);
    }
    if (this.mode === 'stream' && streamStart >= 0) this.emitStream(chunk.subarray(streamStart), false);
  }

  /** Flushes a token still open at the end of input. */
  end(): void {
    if (this.mode === 'normal') this.flushToken();
  }

  private step(b: number): void {
    switch (this.mode) {
      case 'comment':
        if (b === 0x0a || b === 0x0d) this.mode = 'normal';
        return;
      case 'string':
        this.stringByte(b);
        return;
      case 'hexstring':
        if (b === 0x3e) this.mode = 'normal';
        return;
      default:
        this.normalByte(b);
    }
  }

  private normalByte(b: number): void {
    if (this.pendingAngle) {
      const pending = this.pendingAngle;
      this.pendingAngle = undefined;
      if (pending === '<' && b === 0x3c) return this.openDict();
      if (pending === '>' && b === 0x3e) return this.closeDict();
      if (pending === '<') {
        this.mode = 'hexstring';
        return this.step(b);
      }
    }
    if (isWhitespace(b)) return this.flushToken();
    switch (b) {
      case 0x25: // %
        this.flushToken();
        if (this.mode === 'normal') this.mode = 'comment';
        return;
      case 0x28: // (
        this.flushToken();
        if (this.mode === 'normal') {
          this.mode = 'string';
          this.stringDepth = 1;
        }
        return;
      case 0x3c: // <
      case 0x3e: // >
        this.flushToken();
        if (this.mode === 'normal') this.pendingAngle = b === 0x3c ? '<' : '>';
        return;
      case 0x2f: // /
        this.flushToken();
        if (this.mode === 'normal') this.tokenIsName = true;
        return;
      case 0x5b: case 0x5d: case 0x7b: case 0x7d: case 0x29: // [ ] { } )
        this.flushToken();
        return;
      default:
        if (this.token.length < MAX_TOKEN) this.token.push(b);
    }
  }

  private stringByte(b: number): void {
    if (this.stringEscape) {
      this.stringEscape = false;
      return;
    }
    if (b === 0x5c) this.stringEscape = true;
    else if (b === 0x28) this.stringDepth += 1;
    else if (b === 0x29) {
      this.stringDepth -= 1;
      if (this.stringDepth === 0) this.mode = 'normal';
    }
  }

  private flushToken(): void {
    const isName = this.tokenIsName;
    this.tokenIsName = false;
    if (this.token.length === 0 && !isName) return;
    const bytes = this.token;
    this.token = [];
    if (isName) this.onName(decodeName(bytes));
    else this.onWord(Buffer.from(bytes).toString('latin1'));
  }

  private onName(name: string): void {
    if (ACTIVE_CONTENT_NAMES.has(name)) this.facts.activeContent.add(name);
    if (name === 'Encrypt') this.facts.hasEncrypt = true;
    const frame = this.stack.at(-1);
    if (!frame) return;
    if (frame.previous === 'Type') frame.type = name;
    if (FILTER_NAMES.has(name)) frame.filters.push(name);
    frame.previous = name;
  }

  private onWord(word: string): void {
    const frame = this.stack.at(-1);
    if (frame) {
      if (frame.previous === 'Count' && /^\d{1,9}$/.test(word)) frame.count = Number(word);
      frame.previous = undefined;
    }
    switch (word) {
      case 'obj':
      case 'endobj':
        this.stack = [];
        return;
      case 'stream':
        this.streamInfo = this.lastTopDict ?? { filters: [] };
        this.lastTopDict = undefined;
        this.mode = 'stream';
        this.endStreamMatched = 0;
        return;
      case 'xref':
        this.facts.hasXrefTable = true;
        return;
      case 'trailer':
        this.facts.hasTrailer = true;
        return;
      case 'startxref':
        this.facts.hasStartxref = true;
        return;
      default:
    }
  }

  private openDict(): void {
    if (this.stack.length >= MAX_DICT_DEPTH) {
      this.facts.tooDeep = true;
      return;
    }
    this.stack.push({ filters: [] });
  }

  private closeDict(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    if (frame.type === 'Page') this.facts.pageObjects += 1;
    if (frame.type === 'Pages' && frame.count !== undefined) this.facts.pagesTreeCount = Math.max(this.facts.pagesTreeCount, frame.count);
    if (frame.type === 'XRef') this.facts.hasXrefStream = true;
    if (this.stack.length === 0) this.lastTopDict = { type: frame.type, filters: frame.filters };
  }

  /** "endstream" has no repeated prefix except its first letter, so this simple matcher is exact. */
  private matchEndStream(b: number): boolean {
    if (b === END_STREAM[this.endStreamMatched]) this.endStreamMatched += 1;
    else this.endStreamMatched = b === END_STREAM[0] ? 1 : 0;
    if (this.endStreamMatched < END_STREAM.length) return false;
    this.mode = 'normal';
    this.endStreamMatched = 0;
    return true;
  }

  private emitStream(piece: Buffer, isLast: boolean): void {
    const info = this.streamInfo;
    if (!info || !this.onStream) return;
    this.onStream(info, piece);
    if (isLast) {
      this.onStream(info, 'end');
      this.streamInfo = undefined;
    }
  }
}

function isWhitespace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
}

/** Names may spell any byte as #xx: "/J#61vaScript" is "/JavaScript". */
function decodeName(bytes: number[]): string {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x23 && i + 2 < bytes.length) {
      const hex = String.fromCharCode(bytes[i + 1] ?? 0, bytes[i + 2] ?? 0);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        out.push(parseInt(hex, 16));
        i += 2;
        continue;
      }
    }
    out.push(b);
  }
  return Buffer.from(out).toString('latin1');
}
