"""Content-Encoding decoders whose output is produced in bounded pieces.

httpx inflates each network chunk in one go, so a few kilobytes of gzip can become
gigabytes in memory before anyone counts them. These decoders hand out at most `PIECE`
bytes at a time (zlib `max_length`; brotli `output_buffer_limit`, which may overshoot to
about 1.5 x PIECE), so the caller can stop
a decompression bomb as soon as the running total passes its limit.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Protocol

try:
    import brotli
except ImportError:  # pragma: no cover - brotli ships with httpx[brotli]
    brotli = None

PIECE = 64 * 1024


class DecodeError(Exception):
    """The body is not valid for its Content-Encoding (or the encoding is unsupported)."""


class Decoder(Protocol):
    def decode(self, data: bytes) -> Iterator[bytes]: ...

    def flush(self) -> Iterator[bytes]: ...


class _Identity:
    def decode(self, data: bytes) -> Iterator[bytes]:
        if data:
            yield data

    def flush(self) -> Iterator[bytes]:
        return iter(())


class _Zlib:
    """gzip, or deflate (zlib-wrapped, falling back to raw deflate as browsers do)."""

    def __init__(self, gzip: bool) -> None:
        self._gzip = gzip
        self._first = True
        wbits = zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS
        self._d = zlib.decompressobj(wbits)

    def decode(self, data: bytes) -> Iterator[bytes]:
        if self._first and not self._gzip and data:
            self._first = False
            try:
                zlib.decompressobj().decompress(data[:2])
            except zlib.error:
                self._d = zlib.decompressobj(-zlib.MAX_WBITS)
        try:
            while True:
                out = self._d.decompress(data, PIECE)
                data = self._d.unconsumed_tail
                if out:
                    yield out
                # A full piece may leave output pending inside zlib even with no input left.
                if not data and len(out) < PIECE:
                    return
        except zlib.error as exc:
            raise DecodeError(f"corrupt {'gzip' if self._gzip else 'deflate'} body: {exc}") from exc

    def flush(self) -> Iterator[bytes]:
        yield from self.decode(b"")


class _Brotli:
    def __init__(self) -> None:
        if brotli is None:  # pragma: no cover
            raise DecodeError("brotli body but the brotli module is not installed")
        self._d = brotli.Decompressor()

    def decode(self, data: bytes) -> Iterator[bytes]:
        try:
            out = self._d.process(data, output_buffer_limit=PIECE)
            # Output held back by the limit comes with further empty-input calls (even when
            # can_accept_more_data() already says True), until one returns nothing.
            while out:
                yield out
                out = self._d.process(b"", output_buffer_limit=PIECE)
        except brotli.error as exc:
            raise DecodeError(f"corrupt brotli body: {exc}") from exc

    def flush(self) -> Iterator[bytes]:
        return iter(())


class _Chain:
    """Several encodings: `Content-Encoding: gzip, br` is undone br first, then gzip."""

    def __init__(self, decoders: list[Decoder]) -> None:
        self._decoders = decoders

    def _through(self, pieces: Iterator[bytes], index: int) -> Iterator[bytes]:
        if index == len(self._decoders):
            yield from pieces
            return
        for piece in pieces:
            yield from self._through(self._decoders[index].decode(piece), index + 1)

    def decode(self, data: bytes) -> Iterator[bytes]:
        return self._through(self._decoders[0].decode(data), 1)

    def flush(self) -> Iterator[bytes]:
        for index, decoder in enumerate(self._decoders):
            yield from self._through(decoder.flush(), index + 1)


def make_decoder(content_encoding: str | None) -> Decoder:
    """A bounded decoder for a Content-Encoding header value."""
    names = [n.strip().lower() for n in (content_encoding or "").split(",") if n.strip()]
    decoders: list[Decoder] = []
    for name in reversed(names):
        if name in ("gzip", "x-gzip"):
            decoders.append(_Zlib(gzip=True))
        elif name == "deflate":
            decoders.append(_Zlib(gzip=False))
        elif name == "br":
            decoders.append(_Brotli())
        elif name != "identity":
            raise DecodeError(f"unsupported Content-Encoding {name!r}")
    if not decoders:
        return _Identity()
    return decoders[0] if len(decoders) == 1 else _Chain(decoders)
