"""Map config, project states by distance, picking a location, alert filters and bulk acknowledge,
saved wall layouts, hazard evidence — through the API as the SPA calls it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backend.alerts.models import Alert, AlertSeverity
from backend.cameras.models import CameraStatus
from backend.geo.gcj02 import wgs84_to_gcj02
from backend.hazards.models import HazardEvidence, HazardNotice
from backend.projects.models import Project
from tests.world import World

STATES = """query($near: LatLngInput) { projectStates(near: $near) {
  project { id code latitude longitude } position { latitude longitude } distanceMeters
  cameraCount offlineCameras openHazards stopWork missingDocuments overdueDocuments } }"""
SET_LOCATION = """mutation($id: ID!, $lat: Float!, $lng: Float!, $cs: CoordinateSystem!) {
  setProjectLocation(projectId: $id, latitude: $lat, longitude: $lng, coordinateSystem: $cs) {
    __typename ... on ProjectLocationSet { project { latitude longitude } } ... on UserError { code } } }"""


async def test_states_sorted_by_distance_with_counts(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    a1, a2 = world.project_a1, world.project_a2
    await Project.filter(id=a1.id).update(latitude=39.20, longitude=117.20)
    await Project.filter(id=a2.id).update(latitude=39.10, longitude=117.10)
    camera = world.cameras["A1"][0]
    await type(camera).filter(id=camera.id).update(status=CameraStatus.OFFLINE)
    try:
        near_a2 = {"near": {"latitude": 39.101, "longitude": 117.101}}
        states = (await as_role("INSPECTOR").data(STATES, near_a2))["projectStates"]
        codes = [s["project"]["code"] for s in states]
        assert codes[:2] == [a2.code, a1.code]
        assert states[0]["distanceMeters"] < 200
        assert world.project_b1.code not in codes  # the inspector's district only
        first = next(s for s in states if s["project"]["code"] == a1.code)
        assert first["offlineCameras"] >= 1 and first["cameraCount"] >= 1
        assert first["position"] == {"latitude": 39.20, "longitude": 117.20}  # no tiles: WGS-84
        bad = await as_role("INSPECTOR").execute(STATES, {"near": {"latitude": 91, "longitude": 0}})
        assert bad["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    finally:
        await type(camera).filter(id=camera.id).update(status=CameraStatus.ONLINE)


async def test_location_picked_on_a_gcj02_map_is_stored_as_wgs84(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    wgs = (39.1380, 117.1500)
    gcj = wgs84_to_gcj02(*wgs)
    gid = world.gid("Project", world.project_a2.id)
    result = (
        await as_role("DISTRICT_CENTER").data(
            SET_LOCATION, {"id": gid, "lat": gcj[0], "lng": gcj[1], "cs": "GCJ02"}
        )
    )["setProjectLocation"]
    assert result["__typename"] == "ProjectLocationSet"
    assert abs(result["project"]["latitude"] - wgs[0]) < 1e-6
    assert abs(result["project"]["longitude"] - wgs[1]) < 1e-6
    wrong = (
        await as_role("DISTRICT_CENTER").data(
            SET_LOCATION, {"id": gid, "lat": 95.0, "lng": 117.0, "cs": "WGS84"}
        )
    )["setProjectLocation"]
    assert wrong == {"__typename": "ProjectLocationError", "code": "INVALID_COORDINATES"}


async def test_map_config_without_tiles_has_the_district_grid(as_role) -> None:  # type: ignore[no-untyped-def]
    data = await as_role("CITY_CENTER").data(
        "{ mapConfig { tileUrl coordinateSystem center { latitude } districts { district { code } south north } } }"
    )
    config = data["mapConfig"]
    assert config["tileUrl"] is None and config["coordinateSystem"] == "WGS84"
    assert all(d["south"] < d["north"] for d in config["districts"])


ALERTS = """query($severities: [String!], $kinds: [String!], $project: ID, $first: Int, $after: String) {
  alerts(severities: $severities, kinds: $kinds, projectId: $project, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id kind severity acknowledgedAt } } } }"""
ACK = """mutation($ids: [ID!]!) { acknowledgeAlerts(ids: $ids) { __typename
  ... on AlertsAcknowledged { acknowledgedCount alerts { acknowledgedAt } } ... on UserError { code } } }"""


async def test_alerts_filtered_and_paged_on_the_server_then_bulk_acknowledged(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    created = [
        await Alert.create(
            kind="FILTER_TEST",
            severity=AlertSeverity.CRITICAL if n % 2 else AlertSeverity.INFO,
            title=f"t{n}",
            project_id=world.project_a1.id,
            district_id=world.district_a.id,
        )
        for n in range(7)
    ]
    city = as_role("CITY_CENTER")
    variables = {"kinds": ["FILTER_TEST"], "severities": ["CRITICAL"], "first": 2}
    page1 = (await city.data(ALERTS, variables))["alerts"]
    assert page1["totalCount"] == 3
    assert [e["node"]["severity"] for e in page1["edges"]] == ["CRITICAL", "CRITICAL"]
    assert page1["pageInfo"]["hasNextPage"]
    page2 = (await city.data(ALERTS, {**variables, "after": page1["pageInfo"]["endCursor"]}))["alerts"]
    assert len(page2["edges"]) == 1 and not page2["pageInfo"]["hasNextPage"]
    bad = await city.execute(ALERTS, {"severities": ["LOUD"]})
    assert bad["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"

    ids = [e["node"]["id"] for e in page1["edges"] + page2["edges"]]
    # All or nothing: an alert of another district refuses the whole batch for the district center.
    other = await Alert.create(kind="FILTER_TEST", title="b", district_id=world.district_b.id)
    refused = await as_role("DISTRICT_CENTER").data(ACK, {"ids": [*ids, world.gid("Alert", other.id)]})
    assert refused["acknowledgeAlerts"] == {"__typename": "AlertNotFound", "code": "ALERT_NOT_FOUND"}
    assert await Alert.filter(id__in=[a.id for a in created], acknowledged_at__not_isnull=True).count() == 0
    done = (await as_role("DISTRICT_CENTER").data(ACK, {"ids": ids}))["acknowledgeAlerts"]
    assert done["acknowledgedCount"] == 3 and all(a["acknowledgedAt"] for a in done["alerts"])
    again = (await as_role("DISTRICT_CENTER").data(ACK, {"ids": ids}))["acknowledgeAlerts"]
    assert again["acknowledgedCount"] == 0
    unacked = (await city.data(ALERTS, {"kinds": ["FILTER_TEST"], "severities": ["INFO"], "first": 50}))[
        "alerts"
    ]
    assert unacked["totalCount"] == 4


SAVE = """mutation($input: SaveWallLayoutInput!) { saveWallLayout(input: $input) { __typename
  ... on WallLayoutSaved { layout { id name split cameraIds isDefault } } ... on UserError { code } } }"""


async def test_wall_layouts_are_personal_and_checked(as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    cams = [world.gid("Camera", c.id) for c in world.cameras["A1"]]
    district = as_role("DISTRICT_CENTER")
    saved = (
        await district.data(
            SAVE,
            {
                "input": {
                    "name": "九宫格",
                    "split": "9",
                    "cameraIds": [cams[0], None, cams[1]],
                    "isDefault": True,
                }
            },
        )
    )["saveWallLayout"]
    layout = saved["layout"]
    assert layout["split"] == "9" and len(layout["cameraIds"]) == 9
    assert layout["cameraIds"][:3] == [cams[0], None, cams[1]]
    replaced = await district.data(
        SAVE, {"input": {"name": "九宫格", "split": "1+5", "cameraIds": [cams[1]]}}
    )
    assert replaced["saveWallLayout"]["layout"]["id"] == layout["id"]
    listed = (await district.data("{ wallLayouts { name split } }"))["wallLayouts"]
    assert {"name": "九宫格", "split": "1+5"} in listed
    # Someone else's layouts are not visible, and their cameras are checked against the saver's scope.
    assert "九宫格" not in [
        x["name"] for x in (await as_role("CITY_CENTER").data("{ wallLayouts { name } }"))["wallLayouts"]
    ]
    b_camera = world.gid("Camera", world.cameras["B1"][0].id)
    for bad, code in (
        ({"name": "x", "split": "5", "cameraIds": []}, "INVALID_SPLIT"),
        ({"name": "x", "split": "4", "cameraIds": [b_camera]}, "CAMERA_NOT_FOUND"),
        ({"name": "x", "split": "1", "cameraIds": [cams[0], cams[1]]}, "TOO_MANY_CAMERAS"),
        ({"name": " ", "split": "1", "cameraIds": []}, "INVALID_NAME"),
    ):
        result = (await district.data(SAVE, {"input": bad}))["saveWallLayout"]
        assert result == {"__typename": "WallLayoutError", "code": code}, bad
    delete = "mutation($id: ID!) { deleteWallLayout(id: $id) { __typename ... on UserError { code } } }"
    other = (await as_role("CITY_CENTER").data(delete, {"id": layout["id"]}))["deleteWallLayout"]
    assert other == {"__typename": "WallLayoutError", "code": "LAYOUT_NOT_FOUND"}
    mine = (await district.data(delete, {"id": layout["id"]}))["deleteWallLayout"]
    assert mine["__typename"] == "WallLayoutDeleted"


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 200 + b"\xff\xd9"
ISSUE = """mutation($input: IssueHazardNoticeInput!) { issueHazardNotice(input: $input) { __typename
  ... on HazardNoticePayload { notice { id evidence { source contentType url } } } ... on UserError { code } } }"""


async def test_hazard_notice_with_captured_frame_and_photo(client, tokens, as_role, world: World) -> None:  # type: ignore[no-untyped-def]
    project_gid = world.gid("Project", world.project_a1.id)
    auth = {"authorization": f"Bearer {tokens['INSPECTOR']}"}
    uploaded = []
    for source in ("FRAME", "PHOTO"):
        response = await client.post(
            "/api/hazards/evidence",
            params={"projectId": project_gid, "source": source},
            headers={**auth, "x-filename": f"{source}.jpg"},
            content=JPEG,
        )
        assert response.status_code == 201, response.text
        uploaded.append(response.json()["evidenceId"])
    not_image = await client.post(
        "/api/hazards/evidence", params={"projectId": project_gid}, headers=auth, content=b"%PDF-1.4 x"
    )
    assert not_image.status_code == 415 and not_image.json()["code"] == "UNSUPPORTED_FILE_TYPE"
    site = await client.post(
        "/api/hazards/evidence",
        params={"projectId": project_gid},
        headers={"authorization": f"Bearer {tokens['CONTRACTOR']}"},
        content=JPEG,
    )
    assert site.status_code == 403

    deadline = (datetime.now(UTC) + timedelta(days=3)).isoformat()
    base = {
        "projectId": project_gid,
        "kind": "RECTIFY",
        "severity": "MEDIUM",
        "description": "现场临边防护缺失（证据测试）",
        "deadline": deadline,
    }
    result = (await as_role("INSPECTOR").data(ISSUE, {"input": {**base, "evidenceIds": uploaded}}))[
        "issueHazardNotice"
    ]
    assert result["__typename"] == "HazardNoticePayload"
    evidence = result["notice"]["evidence"]
    assert [e["source"] for e in evidence] == ["FRAME", "PHOTO"]
    # Evidence goes with one notice only, and the site parties can see it once attached.
    reused = (await as_role("INSPECTOR").data(ISSUE, {"input": {**base, "evidenceIds": uploaded[:1]}}))[
        "issueHazardNotice"
    ]
    assert reused["code"] == "EVIDENCE_NOT_FOUND"
    assert await HazardNotice.filter(description="现场临边防护缺失（证据测试）").count() == 1
    photo = await client.get(evidence[1]["url"], headers={"authorization": f"Bearer {tokens['SUPERVISOR']}"})
    assert photo.status_code == 200 and photo.content == JPEG
    outsider = await client.get(
        evidence[1]["url"], headers={"authorization": f"Bearer {tokens['DISTRICT_CENTER']}"}
    )
    assert outsider.status_code == 200  # same district
    assert (
        await HazardEvidence.filter(
            notice_id=None, uploaded_by_id=world.principals["INSPECTOR"].user_id
        ).count()
        == 0
    )
