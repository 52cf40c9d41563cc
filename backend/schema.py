"""The GraphQL schema: every domain contributes its Query, Mutation and Subscription parts."""

from __future__ import annotations

from collections.abc import Callable

import strawberry
from graphql import GraphQLError
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from backend.accounts.api import AccountMutations, AccountQueries
from backend.alerts.mutations import AlertMutations
from backend.alerts.queries import AlertQueries
from backend.alerts.subscriptions import AlertSubscriptions
from backend.audit.queries import AuditQueries
from backend.auth.mutations import AuthMutations
from backend.auth.queries import AuthQueries
from backend.cameras.mutations import CameraMutations
from backend.cameras.queries import CameraQueries
from backend.cameras.subscriptions import CameraSubscriptions
from backend.control.mutations import ControlMutations
from backend.control.queries import ControlQueries
from backend.control.subscriptions import ControlSubscriptions
from backend.districts.queries import DistrictQueries
from backend.documents.api import DocumentQueries
from backend.duty.api import DutyMutations, DutyQueries
from backend.faults.queries import FaultQueries
from backend.geo.api import GeoMutations, GeoQueries
from backend.graphql_core.availability import ServiceUnavailableExtension
from backend.graphql_core.errors import is_visible_error
from backend.graphql_core.execution import ExecutionContext, mark_basic_leaf_fields, mark_plain_resolvers
from backend.graphql_core.limits import Budget, OperationBudget
from backend.graphql_core.node_query import NodeQueries
from backend.hazards.mutations import HazardMutations
from backend.hazards.queries import HazardQueries
from backend.intake_import.api import ImportMutations
from backend.lifecycle.mutations import LifecycleMutations
from backend.lifecycle.queries import LifecycleQueries
from backend.media.admin import GatewayMutations, GatewayQueries
from backend.media.mutations import MediaMutations
from backend.organizations.api import OrganizationMutations, OrganizationQueries
from backend.projects.mutations import ProjectMutations
from backend.projects.queries import ProjectQueries
from backend.recordings.mutations import RecordingMutations
from backend.recordings.queries import RecordingQueries
from backend.recordings.subscriptions import RecordingSubscriptions
from backend.reports.api import ReportQueries
from backend.settings import Settings
from backend.wall.api import WallMutations, WallQueries

Query = merge_types(
    "Query",
    (
        AuthQueries,
        DistrictQueries,
        ProjectQueries,
        CameraQueries,
        NodeQueries,
        AlertQueries,
        AuditQueries,
        LifecycleQueries,
        DocumentQueries,
        HazardQueries,
        FaultQueries,
        DutyQueries,
        ControlQueries,
        GeoQueries,
        ReportQueries,
        WallQueries,
        RecordingQueries,
        OrganizationQueries,
        GatewayQueries,
        AccountQueries,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        AuthMutations,
        MediaMutations,
        AlertMutations,
        LifecycleMutations,
        HazardMutations,
        DutyMutations,
        ControlMutations,
        GeoMutations,
        WallMutations,
        RecordingMutations,
        OrganizationMutations,
        ProjectMutations,
        CameraMutations,
        GatewayMutations,
        AccountMutations,
        ImportMutations,
    ),
)
Subscription = merge_types(
    "Subscription", (AlertSubscriptions, CameraSubscriptions, ControlSubscriptions, RecordingSubscriptions)
)


PARSED_DOCUMENTS_LIMIT = 256  # distinct operation texts kept parsed (an LRU shared by all requests)


def _mask(error: GraphQLError) -> bool:
    return not is_visible_error(error)


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    """The schema with production limits; introspection only in demo mode."""
    max_depth = settings.max_query_depth if settings else 12
    max_tokens = settings.max_query_tokens if settings else 2000
    max_aliases = settings.max_query_aliases if settings else 30
    budget = Budget(
        max_depth=max_depth,
        max_aliases=max_aliases,
        max_fields=settings.max_query_fields if settings else Budget.max_fields,
        max_cost=settings.max_query_cost if settings else Budget.max_cost,
        hide_suggestions=not settings.demo_mode if settings else True,
    )
    # Factories, so every request gets fresh extension instances.
    # OperationBudget first: it refuses an over-budget operation before any validation rule runs.
    extensions: list[Callable[[], SchemaExtension]] = [
        lambda: OperationBudget(budget),
        lambda: MaxTokensLimiter(max_token_count=max_tokens),
        # The SPA and integrations send the same few documents over and over: each text is parsed
        # once (documents are never changed after parsing; over max_tokens still fails every time).
        lambda: ParserCache(maxsize=PARSED_DOCUMENTS_LIMIT),
        lambda: MaskErrors(should_mask_error=_mask),
        ServiceUnavailableExtension,  # after MaskErrors: it sees the original errors first
    ]
    if settings is not None and not settings.demo_mode:
        extensions.append(lambda: AddValidationRules([NoSchemaIntrospectionCustomRule]))
    built = strawberry.Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=extensions,
        execution_context_class=ExecutionContext,
        config=StrawberryConfig(auto_camel_case=True),
    )
    mark_basic_leaf_fields(built._schema, built.config.default_resolver)
    mark_plain_resolvers(built)
    return built


# For `strawberry export-schema backend.schema:schema`; the served schema comes from build_schema().
schema = build_schema()
