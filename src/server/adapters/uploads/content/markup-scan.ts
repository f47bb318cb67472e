/**
 * Markup that makes a file a polyglot: a browser or interpreter that sniffs the bytes would run it as a page or
 * script. None of these occurs in a genuine PDF, JPEG or PNG except by an astronomically unlikely chance.
 */
const SIGNATURES = ['<html', '<!doctype html', '<script', '<body', '<iframe', '<svg', '<?php', '<object', '<embed', '<?xml-stylesheet'];
const OVERLAP = Math.max(...SIGNATURES.map((s) => s.length)) - 1;

/** Scans a file chunk by chunk (case-insensitively, across chunk boundaries) for HTML or script signatures. */
export class MarkupScan {
  private carry = '';
  private found = false;

  feed(chunk: Buffer): void {
    if (this.found) return;
    const text = this.carry + chunk.toString('latin1').toLowerCase();
    this.found = SIGNATURES.some((s) => text.includes(s));
    this.carry = text.slice(-OVERLAP);
  }

  get hasMarkup(): boolean {
    return this.found;
  }
}
