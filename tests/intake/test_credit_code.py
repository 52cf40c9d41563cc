"""统一社会信用代码: the GB 32100-2015 check character."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from backend.organizations.credit_code import ALPHABET, WEIGHTS, check_character, credit_code_problem

# Published codes of well-known companies (and the standard's own example).
KNOWN_VALID = [
    "91350100M000100Y43",  # GB 32100-2015, appendix example
    "9144030071526726XG",  # Huawei Technologies Co., Ltd.
    "91110108551385082Q",  # Beijing Xiaomi Technology Co., Ltd.
    "91310000775785552L",
    "91110000600037341L",
]


def test_weights_are_powers_of_three_modulo_31() -> None:
    assert WEIGHTS[:8] == [1, 3, 9, 27, 19, 26, 16, 17]
    assert len(ALPHABET) == 31 and not set("IOZSV") & set(ALPHABET)


def test_known_codes_are_valid() -> None:
    for code in KNOWN_VALID:
        assert credit_code_problem(code) is None, code


def test_each_kind_of_mistake_is_named() -> None:
    assert credit_code_problem("91350100M000100Y4") == "length"
    assert credit_code_problem("91350100M000100Y433") == "length"
    assert credit_code_problem("91350100M000100I43") == "characters"  # I is not used
    assert credit_code_problem("91350100m000100Y43") == "characters"
    assert credit_code_problem("91350100M000100Y44") == "check"
    assert credit_code_problem("91350100M000100Y34") == "check"  # swapped neighbours


@given(st.text(alphabet=ALPHABET, min_size=17, max_size=17))
def test_a_body_with_its_check_character_is_valid(body: str) -> None:
    assert credit_code_problem(body + check_character(body)) is None


@given(
    st.text(alphabet=ALPHABET, min_size=17, max_size=17),
    st.integers(min_value=0, max_value=16),
    st.sampled_from(ALPHABET),
)
def test_changing_one_character_of_the_body_is_caught(body: str, position: int, symbol: str) -> None:
    code = body + check_character(body)
    changed = code[:position] + symbol + code[position + 1 :]
    assert (credit_code_problem(changed) is None) == (changed == code)
