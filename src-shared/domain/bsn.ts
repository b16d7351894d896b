// The BSN (burgerservicenummer) check: 9 digits passing the elfproef
// (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11, and not all zeros).
/** A BSN's digits: also the most the bridge and the person form take. */
export const BSN_LENGTH = 9;

export function isValidBsn(value: string): boolean {
  if (value.length !== BSN_LENGTH || !/^\d+$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = digits.reduce((total, digit, index) => total + digit * (index === 8 ? -1 : 9 - index), 0);
  return sum % 11 === 0 && sum !== 0;
}
