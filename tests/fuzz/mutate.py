#!/usr/bin/env python3
"""Writes the inputs of a smoke run: RUNS mutants of a fuzz target's committed inputs.

    mutate.py SEEDS_DIR OUT_DIR RUNS SEED [MAX_LEN]

The mutants depend on nothing but the committed inputs, RUNS and SEED: not on
coverage, memory layout, timing or the Python version (the generator is a
xorshift written out below, not the random module). So every machine that
runs `make test` on a commit runs the same inputs and reaches the same verdict.
A coverage-guided pass cannot promise that: which mutants libFuzzer keeps
depends on what each execution covered, and that moves with the addresses a
process gets (a fresh clone's build path, address-space randomisation).
Coverage-guided, open-ended fuzzing is `make fuzz`.

The operators are libFuzzer's byte-level ones (erase, insert, repeat, change
a byte or a bit, shuffle, copy a part, cross over with another input, change
a number) plus the inputs text readers find hard: ill-formed and unusual
UTF-8, NUL, line and paragraph ends, quotes and markup characters.
"""
import os
import sys

MASK = (1 << 64) - 1


class Rng:
    """xorshift64*: the same numbers everywhere."""

    def __init__(self, seed):
        self.state = (seed * 0x9E3779B97F4A7C15 + 1) & MASK or 1

    def next(self):
        x = self.state
        x ^= x >> 12
        x ^= (x << 25) & MASK
        x ^= x >> 27
        self.state = x
        return (x * 0x2545F4914F6CDD1D) & MASK

    def below(self, n):
        return self.next() % n if n > 0 else 0


# Bytes and sequences that exercise the readers: ill-formed UTF-8 (a lone
# continuation byte, an overlong form, a surrogate, a truncated sequence, bytes
# past U+10FFFF), typographic quotes and dashes, line and paragraph separators,
# combining marks, right-to-left text, an emoji, markup and JSON punctuation.
SPECIAL = [
    b"\x00", b"\n", b"\r\n", b"\t", b" ", b"\x80", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe2\x80",
    b"\xf4\x90\x80\x80", b"\xff", b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"\xe2\x80\x99",
    b"\xe2\x80\x94", b"\xe2\x80\xa8", b"\xe2\x80\xa9", b"\xcc\x81", b"\xd7\x90", b"\xf0\x9f\x98\x80",
    b"\xef\xbb\xbf", b"<", b">", b"&", b"&amp;", b";", b"\"", b"'", b"`", b"*", b"#", b"[", b"]",
    b"(", b")", b"{", b"}", b"\\", b":", b",", b".", b"!", b"?", b"-", b"|", b"~", b"%",
]


def number(rng):
    choices = [b"0", b"1", b"-1", b"255", b"256", b"65535", b"2147483648", b"4294967296",
               b"99999999999999999999", b"1900", b"2025", b"1e308", b"0.5"]
    return choices[rng.below(len(choices))]


def mutate_once(data, inputs, rng):
    n = len(data)
    op = rng.below(11)
    pos = rng.below(n + 1)
    if op == 0 and n > 0:  # erase a range
        length = 1 + rng.below(min(n, 64))
        start = rng.below(n - length + 1)
        return data[:start] + data[start + length:]
    if op == 1:  # insert a random byte
        return data[:pos] + bytes([rng.below(256)]) + data[pos:]
    if op == 2:  # insert a byte repeated
        b = SPECIAL[rng.below(len(SPECIAL))] if rng.below(2) else bytes([rng.below(256)])
        return data[:pos] + b * (1 + rng.below(64)) + data[pos:]
    if op == 3 and n > 0:  # change a byte
        i = rng.below(n)
        return data[:i] + bytes([rng.below(256)]) + data[i + 1:]
    if op == 4 and n > 0:  # flip a bit
        i = rng.below(n)
        return data[:i] + bytes([data[i] ^ (1 << rng.below(8))]) + data[i + 1:]
    if op == 5 and n > 1:  # shuffle a short range
        length = 2 + rng.below(min(n - 1, 8))
        start = rng.below(n - length + 1)
        part = bytearray(data[start:start + length])
        for i in range(len(part) - 1, 0, -1):
            j = rng.below(i + 1)
            part[i], part[j] = part[j], part[i]
        return data[:start] + bytes(part) + data[start + length:]
    if op == 6 and n > 0:  # copy a part of the input elsewhere
        length = 1 + rng.below(min(n, 128))
        start = rng.below(n - length + 1)
        return data[:pos] + data[start:start + length] + data[pos:]
    if op == 7:  # cross over: a part of another input
        other = inputs[rng.below(len(inputs))]
        if other:
            length = 1 + rng.below(min(len(other), 256))
            start = rng.below(len(other) - length + 1)
            return data[:pos] + other[start:start + length] + data[pos:]
    if op == 8:  # a character readers find hard
        return data[:pos] + SPECIAL[rng.below(len(SPECIAL))] + data[pos:]
    if op == 9:  # change a number, or insert one
        digits = [i for i in range(n) if 48 <= data[i] <= 57]
        if digits:
            i = digits[rng.below(len(digits))]
            j = i
            while j < n and 48 <= data[j] <= 57:
                j += 1
            return data[:i] + number(rng) + data[j:]
        return data[:pos] + number(rng) + data[pos:]
    if op == 10 and n > 0:  # cut the input short
        return data[:rng.below(n)]
    return data[:pos] + SPECIAL[rng.below(len(SPECIAL))] + data[pos:]


def main(argv):
    if len(argv) not in (5, 6):
        sys.stderr.write("usage: mutate.py SEEDS_DIR OUT_DIR RUNS SEED [MAX_LEN]\n")
        return 2
    seeds_dir, out_dir, runs, seed = argv[1], argv[2], int(argv[3]), int(argv[4])
    max_len = int(argv[5]) if len(argv) == 6 else 4096
    inputs = []
    for name in sorted(os.listdir(seeds_dir)):
        with open(os.path.join(seeds_dir, name), "rb") as f:
            inputs.append(f.read())
    if not inputs:
        inputs = [b""]
    os.makedirs(out_dir, exist_ok=True)
    rng = Rng(seed)
    for i in range(runs):
        base = inputs[rng.below(len(inputs))]
        data = base
        for _ in range(1 + rng.below(5)):  # stacked, as libFuzzer's mutation depth
            data = mutate_once(data, inputs, rng)
        # At most MAX_LEN bytes, or the base's length when a committed input is longer.
        with open(os.path.join(out_dir, "mutant-%06d" % i), "wb") as f:
            f.write(data[:max(max_len, len(base))])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
