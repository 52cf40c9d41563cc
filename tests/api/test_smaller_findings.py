"""Finding 5: node(id:) scopes districts like district(id:), a document read through node is in
the Art. 10 access log, odd digits and broken SDP are clear 4xx (not 500), and a download is named
after what its bytes are."""

from __future__ import annotations

import base64

import httpx
import pytest

from backend.documents.access_models import DocumentAccess, DocumentAccessAction
from tests.conftest import GraphQLClient
from tests.world import World

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
NODE = "query($id: ID!) { node(id: $id) { id ... on District { name } ... on Document { title } } }"
DISTRICT = "query($id: ID!) { district(id: $id) { name } }"


def raw_id(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "role", ["SUPERVISOR", "CONTRACTOR", "CONSTRUCTION_UNIT", "PROVIDER", "DISTRICT_CENTER"]
)
async def test_node_hides_districts_district_hides(as_role, world: World, role: str) -> None:  # type: ignore[no-untyped-def]
    caller = as_role(role)
    other = world.gid("District", world.district_b.id)
    own = world.gid("District", world.district_a.id)
    assert (await caller.data(DISTRICT, {"id": other}))["district"] is None
    assert (await caller.data(NODE, {"id": other}))["node"] is None
    assert (await caller.data(NODE, {"id": own}))["node"]["name"] == world.district_a.name


async def test_city_sees_every_district_through_node(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    node = (await as_role("CITY_CENTER").data(NODE, {"id": world.gid("District", world.district_b.id)}))[
        "node"
    ]
    assert node["name"] == world.district_b.name


async def upload(
    client: httpx.AsyncClient, token: str, world: World, body: bytes, filename: str
) -> httpx.Response:
    return await client.post(
        "/api/documents/upload",
        params={
            "projectId": world.gid("Project", world.project_a1.id),
            "category": "SAFETY_COMMITMENT",
            "title": f"t-{filename}",
        },
        content=body,
        headers={"authorization": f"Bearer {token}", "x-filename": filename},
    )


async def test_document_metadata_through_node_is_logged(
    client: httpx.AsyncClient, tokens: dict[str, str], world: World
) -> None:
    uploaded = await upload(client, tokens["SUPERVISOR"], world, PDF, "node-read.pdf")
    assert uploaded.status_code == 201, uploaded.text
    document_id = uploaded.json()["documentId"]
    pk = int(base64.urlsafe_b64decode(document_id + "==").decode().split(":")[1])
    before = await DocumentAccess.filter(document_id=pk, action=DocumentAccessAction.VIEW).count()
    node = (await GraphQLClient(client, tokens["DISTRICT_CENTER"]).data(NODE, {"id": document_id}))["node"]
    assert node["title"] == "t-node-read.pdf"
    views = await DocumentAccess.filter(document_id=pk, action=DocumentAccessAction.VIEW).order_by("-id")
    assert len(views) == before + 1
    assert views[0].role == "DISTRICT_CENTER"


async def test_superscript_digits_are_not_ids(
    as_role, client: httpx.AsyncClient, tokens: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    body = await as_role("CITY_CENTER").execute(
        "query($id: ID!) { project(id: $id) { name } }", {"id": raw_id("Project:²")}
    )
    assert body.get("errors") is None and body["data"]["project"] is None
    node = await as_role("CITY_CENTER").execute(NODE, {"id": raw_id("District:²")})
    assert node.get("errors") is None and node["data"]["node"] is None
    refused = await client.post(
        "/api/documents/upload",
        params={"projectId": raw_id("Project:²"), "category": "SAFETY_COMMITMENT", "title": "x"},
        content=PDF,
        headers={"authorization": f"Bearer {tokens['SUPERVISOR']}"},
    )
    assert refused.status_code == 404 and refused.json()["code"].endswith("NOT_FOUND")


async def test_download_with_a_superscript_version_is_a_clear_400(
    client: httpx.AsyncClient, tokens: dict[str, str], world: World
) -> None:
    uploaded = await upload(client, tokens["SUPERVISOR"], world, PDF, "v.pdf")
    document_id = uploaded.json()["documentId"]
    for version in ("²", "-1", "1.0", "x"):
        response = await client.get(
            f"/api/documents/{document_id}/download",
            params={"version": version},
            headers={"authorization": f"Bearer {tokens['CITY_CENTER']}"},
        )
        assert response.status_code == 400, (version, response.text)
        assert response.json()["code"] == "BAD_VERSION"


async def test_polyglot_is_downloaded_under_its_sniffed_extension(
    client: httpx.AsyncClient, tokens: dict[str, str], world: World
) -> None:
    polyglot = PDF + b"<html><script>alert(document.domain)</script></html>"
    uploaded = await upload(client, tokens["SUPERVISOR"], world, polyglot, "report.html")
    assert uploaded.status_code == 201, uploaded.text
    assert uploaded.json()["contentType"] == "application/pdf"
    response = await client.get(
        f"/api/documents/{uploaded.json()['documentId']}/download",
        headers={"authorization": f"Bearer {tokens['CITY_CENTER']}"},
    )
    assert response.status_code == 200
    disposition = response.headers["content-disposition"]
    assert disposition.endswith("report.pdf"), disposition
    assert ".html" not in disposition
