import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('round-trips and never stores the plain text', () => {
    const sealed = box.seal('app-secret-123');
    expect(sealed).not.toContain('app-secret-123');
    expect(box.open(sealed)).toBe('app-secret-123');
    expect(box.openJson(box.sealJson({ a: 1 }))).toEqual({ a: 1 });
  });

  it('uses a fresh IV for each value', () => {
    expect(box.seal('x')).not.toBe(box.seal('x'));
  });

  it('refuses a tampered value or another key', () => {
    const sealed = box.seal('secret');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('other').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow(/cannot be decrypted/);
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow(/SECRETS_KEY/);
    expect(() => box.open('garbage')).toThrow(/unknown format/);
  });
});
