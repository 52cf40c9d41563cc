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

One level up: an object whose selected fields are *all* such leaves (``camera { id name status }``)
is built in one loop from a plan cached per (type, grouped field set), and a list of such objects (a
project's cameras) without graphql-core's per-item completion — with the same fallback, for the
whole object or list, to the general path.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from operator import attrgetter
from typing import Any

from graphql import (
    GraphQLField,
    GraphQLID,
    GraphQLLeafType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLString,
    is_leaf_type,
)
from graphql.pyutils import Path, Undefined
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter

DEFINITION_BACKREF = GraphQLCoreConverter.DEFINITION_BACKREF

_PLAN = "sitewatch_basic_leaf"


def mark_basic_leaf_fields(schema: GraphQLSchema, default_resolver: Any = getattr) -> int:
    """Record on each basic leaf field of ``schema`` its leaf type, nullability and how to read it from the
    source object (the attribute itself when strawberry's default resolver is ``getattr``); returns how many."""
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
            if not is_leaf_type(leaf):
                continue
            definition = (field.extensions or {}).get(DEFINITION_BACKREF)
            python_name = getattr(definition, "python_name", None)
            if default_resolver is getattr and isinstance(python_name, str):
                read: Callable[[Any], Any] = attrgetter(python_name)
            else:
                read = partial(_call_resolve, resolve)
            str_as_is = leaf is GraphQLString or leaf is GraphQLID  # a str needs no coercion
            field.extensions = {**(field.extensions or {}), _PLAN: (read, leaf, non_null, str_as_is)}
            marked += 1
    return marked


def mark_plain_resolvers(schema: Any) -> int:
    """Point each plain resolver field of a strawberry ``schema`` (a resolver function, no GraphQL
    arguments, no field extension — hence no permission check — and no exception handler for its
    type) straight at its function; returns how many.

    Strawberry's resolver for such a field still converts the (absent) arguments, looks for field
    extensions and chains them with ``functools.reduce`` on every call — about 10 µs each, for the
    ~700 per-project ``cameras`` / ``constructionUnit`` of the dashboard. The function gets exactly
    what strawberry would give it: the source as ``self`` / ``root`` / ``parent`` and a strawberry
    ``Info``. graphql-core still applies any schema middleware around the new resolver."""
    converter = schema.schema_converter
    handlers_of = getattr(converter, "_get_field_exception_handlers", None)
    info_class = schema.config.info_class
    subscription = schema._schema.subscription_type
    marked = 0
    for graphql_type in schema._schema.type_map.values():
        if (
            not isinstance(graphql_type, GraphQLObjectType)
            or graphql_type.name.startswith("__")
            or graphql_type is subscription
        ):
            continue
        for field in graphql_type.fields.values():
            definition = (field.extensions or {}).get(DEFINITION_BACKREF)
            resolve = field.resolve
            if (
                field.args
                or definition is None
                or definition.base_resolver is None
                or definition.extensions
                or definition.arguments
                or getattr(resolve, "__name__", "") not in ("_resolver", "_async_resolver")
                or (handlers_of is not None and handlers_of(definition))
            ):
                continue
            field.resolve = _plain_resolver(definition, info_class)
            marked += 1
    return marked


def _plain_resolver(definition: Any, info_class: Any) -> Callable[[Any, Any], Any]:
    resolver = definition.base_resolver
    function = resolver.wrapped_func
    source_names = tuple(
        p.name for p in (resolver.parent_parameter, resolver.root_parameter) if p is not None
    )
    info_name = resolver.info_parameter.name if resolver.info_parameter is not None else None
    takes_self = resolver.self_parameter is not None

    if takes_self and info_name is not None and not source_names:  # the common `def f(self, info)`

        def resolve_with_info(source: Any, info: Any) -> Any:
            return function(source, **{info_name: info_class(_raw_info=info, _field=definition)})

        return resolve_with_info

    def resolve(source: Any, info: Any) -> Any:
        kwargs = dict.fromkeys(source_names, source)
        if info_name is not None:
            kwargs[info_name] = info_class(_raw_info=info, _field=definition)
        return function(source, **kwargs) if takes_self else function(**kwargs)

    return resolve


def _call_resolve(resolve: Any, source: Any) -> Any:
    return resolve(source, None)


# how to answer one basic leaf field: (read, leaf type, non-null, a str passes as it is)
_LeafField = tuple[Callable[[Any], Any], GraphQLLeafType, bool, bool]
# (response name, *_LeafField) per field of a selection set
_LeafPlan = tuple[tuple[str, Callable[[Any], Any], GraphQLLeafType, bool, bool], ...]
_GENERAL = object()  # the value needs the general path


def _leaf_value(
    read: Callable[[Any], Any], leaf: GraphQLLeafType, non_null: bool, str_as_is: bool, source: Any
) -> Any:
    """The field's response value, or ``_GENERAL`` when it needs the general path (null in a non-null
    field, a value its type does not take as it is, an exception: that path reports it with its location)."""
    try:
        value = read(source)
        if value is None:
            return _GENERAL if non_null else None
        if str_as_is and type(value) is str:
            return value
        coerced = leaf.coerce_output_value(value)
    except Exception:
        return _GENERAL
    return _GENERAL if coerced is Undefined or coerced is None else coerced


def _build(plan: _LeafPlan, source: Any) -> dict[str, Any] | None:
    """The object's response, or None when any of its values needs the general path."""
    results: dict[str, Any] = {}
    for name, read, leaf, non_null, str_as_is in plan:
        value = _leaf_value(read, leaf, non_null, str_as_is, source)
        if value is _GENERAL:
            return None
        results[name] = value
    return results


class ExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # per (object type, grouped field set): the leaf plan when every field of it is a basic leaf, else
        # None; graphql-core memoizes the grouped field sets for the execution, so their ids are stable
        self._leaf_plans: dict[tuple[str, int], _LeafPlan | None] = {}

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: Any,
        position_context: Any,
    ) -> Any:
        """An object whose selected fields are all basic leaves (``camera { id name status }``) is built
        in one loop; anything else, or any value the plan cannot take as it is, goes the general way."""
        plan = self._plan_of(parent_type, grouped_field_set)
        if plan is not None:
            built = _build(plan, source_value)
            if built is not None:
                return built
        return super().execute_fields(parent_type, source_value, path, grouped_field_set, position_context)

    def complete_iterable_value(
        self,
        item_type: Any,
        field_details_list: Any,
        info: Any,
        path: Path,
        items: Any,
        position_context: Any,
    ) -> Any:
        """A list of such objects (a project's cameras) is built without completing each item one by one."""
        built = self._leaf_objects(item_type, field_details_list, info, path, items)
        if built is not None:
            return built
        return super().complete_iterable_value(
            item_type, field_details_list, info, path, items, position_context
        )

    def _leaf_objects(
        self, item_type: Any, field_details_list: Any, info: Any, path: Path, items: Any
    ) -> Any:
        if type(items) is not list:
            return None
        non_null = isinstance(item_type, GraphQLNonNull)
        object_type = item_type.of_type if non_null else item_type
        if not isinstance(object_type, GraphQLObjectType):
            return None
        if self.get_stream_usage(field_details_list, path) is not None:
            return None
        grouped_field_set, new_defer_usages, _ = self.collect_subfields(object_type, field_details_list)
        if new_defer_usages:
            return None
        plan = self._plan_of(object_type, grouped_field_set)
        if plan is None:
            return None
        is_type_of = object_type.is_type_of
        completed: list[Any] = []
        for item in items:
            if item is None:
                if non_null:
                    return None
                completed.append(None)
                continue
            if is_type_of is not None and is_type_of(item, info) is not True:
                return None  # not of the type, or an awaitable check: the general path decides
            built = _build(plan, item)
            if built is None:
                return None
            completed.append(built)
        return completed

    def _plan_of(self, parent_type: GraphQLObjectType, grouped_field_set: Any) -> _LeafPlan | None:
        key = (parent_type.name, id(grouped_field_set))
        plans = self._leaf_plans
        if key in plans:
            return plans[key]
        return plans.setdefault(key, self._leaf_plan(parent_type, grouped_field_set))

    def _leaf_plan(self, parent_type: GraphQLObjectType, grouped_field_set: Any) -> _LeafPlan | None:
        middleware = self.middleware_manager
        if middleware is not None and middleware.middlewares:
            return None
        plan = []
        for name, field_details_list in grouped_field_set.items():
            node = field_details_list[0].node
            if node.arguments or node.selection_set is not None:
                return None
            field_def = self.schema.get_field(parent_type, node.name.value)
            marked = None if field_def is None else (field_def.extensions or {}).get(_PLAN)
            if marked is None:
                return None  # __typename, a resolver, a field extension: the general path
            plan.append((name, *marked))
        return tuple(plan)

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
            marked: _LeafField | None = (field_def.extensions or {}).get(_PLAN)
            if marked is not None:
                value = _leaf_value(*marked, source)
                if value is not _GENERAL:
                    return value
        return super().execute_field(parent_type, source, field_details_list, path, position_context)
