"""PINs and passwords: salted scrypt hashes with their parameters, constant-time checks.

A stored hash reads ``scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>``; the parameters travel
with the hash so that raising the cost later still verifies the old ones. Nothing here
stores or logs the PIN itself.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from desk.domain.common.text import FieldError

# ~0.1 s and 32 MB per hash on the hall's PCs: slow for a guesser, quick for a clerk.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
PIN_MIN = 4
PIN_MAX = 64

_WEAK = {"0000", "1111", "1234", "4321", "123456", "654321", "000000", "111111", "888888"}


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 2**20, dklen=KEY_BYTES
    )


def check_pin(pin: str, *, field: str = "pin") -> str:
    """Return the PIN when acceptable, else raise FieldError with a Chinese message."""
    if not pin:
        raise FieldError(field, "请输入PIN或密码")
    if pin != pin.strip() or any(ch.isspace() for ch in pin):
        raise FieldError(field, "PIN或密码不能包含空格")
    if len(pin) < PIN_MIN:
        raise FieldError(field, f"PIN或密码至少{PIN_MIN}位")
    if len(pin) > PIN_MAX:
        raise FieldError(field, f"PIN或密码不能超过{PIN_MAX}位")
    if pin in _WEAK or len(set(pin)) == 1:
        raise FieldError(field, "PIN过于简单（如 1234、0000），请换一个")
    return pin


def hash_pin(pin: str) -> str:
    """Hash a PIN with a fresh random salt; the result is what the database stores."""
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(stored: str, pin: str) -> bool:
    """True when pin matches the stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest_hex)
        actual = _scrypt(pin, bytes.fromhex(salt_hex), int(n), int(r), int(p))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(expected, actual)
