"""Password rules for accounts managed in the product (issue 9)."""

from __future__ import annotations

MIN_LENGTH = 12
MAX_LENGTH = 256
# A small list of the most common long passwords and patterns; a full breach corpus is out of scope.
COMMON = frozenset(
    {
        "123456789012",
        "1234567890123",
        "12345678901234",
        "qwertyuiop12",
        "qwertyuiopas",
        "qwerty123456",
        "password1234",
        "password12345",
        "passw0rd1234",
        "password123456",
        "iloveyou1234",
        "admin1234567",
        "administrator",
        "abc123456789",
        "aaaaaaaaaaaa",
        "111111111111",
        "000000000000",
        "1q2w3e4r5t6y",
        "1qaz2wsx3edc",
        "zaq12wsxcde3",
        "sitewatch123",
        "sitewatch1234",
        "changeme1234",
        "welcome12345",
        "woaini123456",
        "a123456789012",
    }
)


def password_problem(password: str, username: str) -> tuple[str, str] | None:
    """(code, bilingual message) when the password breaks a rule, else None."""
    if len(password) < MIN_LENGTH:
        return "PASSWORD_TOO_SHORT", f"密码至少{MIN_LENGTH}个字符 / At least {MIN_LENGTH} characters"
    if len(password) > MAX_LENGTH:
        return "PASSWORD_TOO_LONG", f"密码最多{MAX_LENGTH}个字符 / At most {MAX_LENGTH} characters"
    lowered = password.lower()
    if username and username.lower() in lowered:
        return "PASSWORD_CONTAINS_USERNAME", "密码不能包含用户名 / The password must not contain the username"
    if lowered in COMMON or len(set(password)) <= 2:
        return "PASSWORD_TOO_COMMON", "密码过于常见 / This password is too common"
    return None
