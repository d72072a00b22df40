// No 0/O, 1/l/I: the password may be read out or copied by hand.
const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GROUPS = 5;
const GROUP_LENGTH = 4;

/**
 * A strong password from the browser's cryptographic random source: 20 characters in groups
 * of four (about 116 bits), e.g. `k7Qm-x2Pd-Hn4r-Wz8c-Eb3t`. Never one of the common passwords
 * the server refuses.
 */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) {
    let group = '';
    while (group.length < GROUP_LENGTH) {
      const [byte = 255] = crypto.getRandomValues(new Uint8Array(1));
      // Rejection sampling keeps every character equally likely.
      if (byte < Math.floor(256 / ALPHABET.length) * ALPHABET.length) group += ALPHABET[byte % ALPHABET.length];
    }
    groups.push(group);
  }
  return groups.join('-');
}
