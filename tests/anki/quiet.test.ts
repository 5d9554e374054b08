import { describe, expect, it, vi } from 'vitest';
import { quietly } from '../../src/anki/quiet.js';

describe('library chatter', () => {
  it('keeps console logging and deprecation warnings off the terminal while exporting, then restores them', async () => {
    const originalWarn = console.warn;
    const originalEmit = process.emitWarning;
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    const warnings: unknown[] = [];
    const onWarning = (w: unknown) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      const value = await quietly(async () => {
        console.log('writeStringToMemory is deprecated and should not be called! Use stringToUTF8() instead!');
        console.warn('Cannot enlarge memory arrays');
        console.error('something');
        process.emitWarning('Buffer() is deprecated due to security and usability issues.', 'DeprecationWarning', 'DEP0005');
        await new Promise((r) => setImmediate(r));
        return 42;
      });
      expect(value).toBe(42);
      expect([...out.mock.calls, ...err.mock.calls]).toEqual([]);
      expect(warnings).toEqual([]);
    } finally {
      out.mockRestore();
      err.mockRestore();
      process.off('warning', onWarning);
    }
    expect(console.warn).toBe(originalWarn);
    expect(process.emitWarning).toBe(originalEmit);
  });

  it('restores the console when the export fails', async () => {
    const original = console.log;
    await expect(quietly(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(console.log).toBe(original);
  });
});
