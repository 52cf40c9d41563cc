"""Every GraphQL field × every role × an object inside / outside the caller's scope."""

from __future__ import annotations

import pytest
from strawberry.permission import PermissionExtension

from backend.authz.policy import in_scope, project_ref, role_allows
from backend.authz.roles import Role
from backend.schema import schema
from tests.authz.cases import CASES, PUBLIC_FIELDS, SESSION_FIELDS, SUBSCRIPTION_TESTS, Case, Outcome
from tests.world import World

ROLES = [role.value for role in Role]


def expected_outcome(case: Case, world: World, role: str, key: str) -> Outcome:
    principal = world.principals[role]
    project = world.project_a1 if key == "A1" else world.project_b1
    visible = in_scope(principal, project_ref(project))
    if case.operation is not None and not role_allows(principal, case.operation):
        nested = not case.field.startswith(("Query.", "Mutation."))
        # A field on an object the caller cannot see is hidden along with its object.
        return Outcome.HIDDEN if nested and not case.object_less and not visible else Outcome.DENIED
    if case.object_less:
        return Outcome.ALLOWED
    return Outcome.ALLOWED if visible else Outcome.HIDDEN


MATRIX = [
    pytest.param(case, role, key, id=f"{case.field}-{role}-{'in' if key == 'A1' else 'out'}")
    for case in CASES
    for role in ROLES
    for key in (("A1",) if case.object_less else ("A1", "B1"))
]


@pytest.mark.parametrize(("case", "role", "key"), MATRIX)
async def test_authorization_matrix(case: Case, role: str, key: str, world: World, as_role) -> None:  # type: ignore[no-untyped-def]
    if case.prepare is not None:
        await case.prepare(world)
    body = await as_role(role).execute(case.document, case.variables(world, key))
    assert case.read(body, world, key) is expected_outcome(case, world, role, key), body


def _fields(type_name: str) -> list[str]:
    definition = schema.get_type_by_name(type_name)
    assert definition is not None
    return [f"{type_name}.{schema.config.name_converter.get_graphql_name(f)}" for f in definition.fields]  # type: ignore[union-attr]


def test_every_root_field_has_a_matrix_case() -> None:
    covered = {case.field for case in CASES} | PUBLIC_FIELDS | SESSION_FIELDS
    missing = [name for name in _fields("Query") + _fields("Mutation") if name not in covered]
    assert not missing, f"add authorization matrix cases for: {missing}"
    untested = [name for name in _fields("Subscription") if name not in SUBSCRIPTION_TESTS]
    assert not untested, f"add subscription scope tests for: {untested}"


def test_every_root_field_declares_a_permission() -> None:
    for type_name in ("Query", "Mutation", "Subscription"):
        definition = schema.get_type_by_name(type_name)
        for field in definition.fields:  # type: ignore[union-attr]
            assert any(isinstance(ext, PermissionExtension) for ext in field.extensions), (
                f"{type_name}.{field.name} has no permission extension"
            )


def test_policy_spot_checks(world: World) -> None:
    """The table itself says what the regulation means (independent of the matrix derivation)."""
    from backend.authz.policy import Operation, decide

    p = world.principals
    a1, a2, b1 = (project_ref(x) for x in (world.project_a1, world.project_a2, world.project_b1))
    assert decide(p["CITY_CENTER"], Operation.VIEW_PROJECT, b1)
    assert decide(p["DISTRICT_CENTER"], Operation.VIEW_PROJECT, a2)
    assert not decide(p["DISTRICT_CENTER"], Operation.VIEW_PROJECT, b1)
    assert decide(p["SUPERVISOR"], Operation.VIEW_PROJECT, a1)
    assert not decide(p["SUPERVISOR"], Operation.VIEW_PROJECT, a2)
    assert decide(p["PROVIDER"], Operation.VIEW_CAMERA, a1)
    assert not decide(
        p["PROVIDER"], Operation.VIEW_DOCUMENT, a1
    )  # Art. 10: confidential to centers and parties
    assert not decide(p["SUPERVISOR"], Operation.VIEW_AUDIT_LOG)
    assert not decide(p["INTEGRATION"], Operation.VIEW_STREAM_URLS, a1)
    # Exports under review: only the supervising authority closes a review, never the party that may have
    # asked for the copy (site parties, the field inspector) and never an integration token.
    assert decide(p["DISTRICT_CENTER"], Operation.REVIEW_CLIP_EXPORT, a1)
    assert not decide(p["DISTRICT_CENTER"], Operation.REVIEW_CLIP_EXPORT, b1)
    assert decide(p["CITY_CENTER"], Operation.REVIEW_CLIP_EXPORT, b1)
    for role in ("SUPERVISOR", "CONSTRUCTION_UNIT", "CONTRACTOR", "INSPECTOR", "PROVIDER", "INTEGRATION"):
        assert not decide(p[role], Operation.REVIEW_CLIP_EXPORT, a1), role
