"""A cheaper path through graphql-core for the most common field: a plain attribute of a leaf
type (``id``, ``name``, ``status`` …) without arguments.

graphql-core builds a resolve-info tuple, reads the arguments, calls the resolver and walks
``complete_value`` for every such field — on the dashboard query about 4,000 times. For fields
strawberry itself marks as basic (no resolver, no field extension, hence no permission check:
``StrawberryField.is_basic_field``) the value is read and coerced directly. Anything unusual
(null in a non-null field, a value the type cannot coerce, an exception) falls back to the general
path, which produces the usual located error; authorization is untouched because fields that carry
a permission are never basic; a schema extension that wraps resolvers (``resolve``) turns the
fast path off.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    GraphQLField,
    GraphQLLeafType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    is_leaf_type,
)
from graphql.pyutils import Path, Undefined
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

_PLAN = "sitewatch_basic_leaf"


def mark_basic_leaf_fields(schema: GraphQLSchema) -> int:
    """Record on each basic leaf field of ``schema`` its leaf type and nullability; returns how many."""
    marked = 0
    for graphql_type in schema.type_map.values():
        if not isinstance(graphql_type, GraphQLObjectType) or graphql_type.name.startswith("__"):
            continue
        for field in graphql_type.fields.values():
            resolve = field.resolve
            if field.args or resolve is None or getattr(resolve, "__name__", "") != "_get_basic_result":
                continue
            non_null = isinstance(field.type, GraphQLNonNull)
            leaf = field.type.of_type if non_null else field.type
            if is_leaf_type(leaf):
                field.extensions = {**(field.extensions or {}), _PLAN: (leaf, non_null)}
                marked += 1
    return marked


class ExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: Any,
        path: Path,
        position_context: Any,
    ) -> Any:
        node = field_details_list[0].node
        field_def: GraphQLField | None = self.schema.get_field(parent_type, node.name.value)
        middleware = self.middleware_manager
        if (
            field_def is not None
            and not node.arguments
            and (middleware is None or not middleware.middlewares)
        ):
            plan: tuple[GraphQLLeafType, bool] | None = (field_def.extensions or {}).get(_PLAN)
            if plan is not None and field_def.resolve is not None:
                leaf, non_null = plan
                try:
                    value = field_def.resolve(source, None)
                    if value is None:
                        if not non_null:
                            return None
                    else:
                        coerced = leaf.coerce_output_value(value)
                        if coerced is not Undefined and coerced is not None:
                            return coerced
                except Exception:  # noqa: S110 — the general path below reports it
                    pass
        return super().execute_field(parent_type, source, field_details_list, path, position_context)
