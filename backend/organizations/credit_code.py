"""统一社会信用代码 (unified social credit code), GB 32100-2015.

18 characters over a 31-symbol alphabet (digits and the capitals without I, O, Z, S, V).
The 18th is a check character: with weights 3^i mod 31 (i = 0 … 16) over the first 17,
the check value is 31 − (Σ value × weight) mod 31, where 31 is written as 0.
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {symbol: index for index, symbol in enumerate(ALPHABET)}
WEIGHTS = [pow(3, i, 31) for i in range(17)]  # 1, 3, 9, 27, 19, 26, 16, …


def check_character(first17: str) -> str:
    total = sum(_VALUE[symbol] * weight for symbol, weight in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def credit_code_problem(code: str) -> str | None:
    """Why ``code`` is not a valid unified social credit code, or None when it is."""
    if len(code) != 18:
        return "length"
    invalid = [symbol for symbol in code if symbol not in _VALUE]
    if invalid:
        return "characters"
    if check_character(code[:17]) != code[17]:
        return "check"
    return None


def normalise_credit_code(code: str) -> str:
    return code.strip().upper()
