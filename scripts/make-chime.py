#!/usr/bin/env python3
"""Regenerates resources/sounds/chime.wav: two soft sine chords with an exponential decay."""
import math
import pathlib
import struct
import wave

RATE = 22050


def tone(freqs, duration, amp=0.35):
    samples = []
    for i in range(int(RATE * duration)):
        t = i / RATE
        envelope = math.exp(-4.0 * t) * min(1.0, t / 0.01)
        value = sum(math.sin(2 * math.pi * f * t) for f in freqs) / len(freqs)
        samples.append(amp * envelope * value)
    return samples


def main():
    samples = tone([880.0, 1320.0], 0.45) + tone([660.0, 990.0], 0.7)
    target = pathlib.Path(__file__).resolve().parent.parent / "resources" / "sounds" / "chime.wav"
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


if __name__ == "__main__":
    main()
