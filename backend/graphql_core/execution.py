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

One level up: an object whose selected fields can all be planned is built in one loop from a plan
cached per (type, grouped field set), and a list of such objects without graphql-core's per-item
completion — with the same fallback, for the whole object or list, to the general path. A plan's
fields are basic leaves, ``__typename``, plain synchronous resolvers (``mark_plain_resolvers``) of a
leaf, object or list-of-objects type, and basic attributes holding a planned object or a list of them
(a connection's ``edges`` and ``node``): so a page of projects with their cameras and owners is built
by one recursive walk. A resolver that answers with an awaitable (its loader has not got the value
yet), a null in a non-null field, a value of another type or an exception sends the object back to
the general path, which resolves it again and reports what it has to with its location; plain
resolvers only read, so resolving again is safe.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine
from functools import partial
from operator import attrgetter
from typing import Any

from graphql import (
    GraphQLField,
    GraphQLID,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLString,
    is_leaf_type,
)
from graphql.execution.executor import to_nodes
from graphql.pyutils import Path, Undefined
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter

DEFINITION_BACKREF = GraphQLCoreConverter.DEFINITION_BACKREF

_PLAN = "sitewatch_basic_leaf"  # a leaf read without a resolve info: (read, leaf, non-null, str as is)
_ATTRIBUTE = "sitewatch_attribute"  # a basic field of an object or list type: how to read it
_SYNC_RESOLVER = "sitewatch_sync_resolver"  # a plain resolver that answers at once or with an awaitable


def _leaf_shape(field_type: Any) -> tuple[GraphQLLeafType, bool, bool] | None:
    """(leaf type, non-null, a str passes as it is) of a field of a leaf type, else None."""
    non_null = isinstance(field_type, GraphQLNonNull)
    leaf = field_type.of_type if non_null else field_type
    if not is_leaf_type(leaf):
        return None
    return leaf, non_null, leaf is GraphQLString or leaf is GraphQLID  # a str needs no coercion


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
            shape = _leaf_shape(field.type)
            definition = (field.extensions or {}).get(DEFINITION_BACKREF)
            python_name = getattr(definition, "python_name", None)
            if default_resolver is getattr and isinstance(python_name, str):
                read: Callable[[Any], Any] = attrgetter(python_name)
            else:
                read = partial(_call_resolve, resolve)
            if shape is None:
                field.extensions = {**(field.extensions or {}), _ATTRIBUTE: read}
                continue
            field.extensions = {**(field.extensions or {}), _PLAN: (read, *shape)}
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
            function = definition.base_resolver.wrapped_func
            if not definition.base_resolver.is_async and not inspect.isasyncgenfunction(function):
                field.extensions = {**(field.extensions or {}), _SYNC_RESOLVER: field.resolve}
                _mark_self_only_leaf(field, definition)
            marked += 1
    return marked


def _mark_self_only_leaf(field: GraphQLField, definition: Any) -> None:
    """A resolver of a leaf that takes nothing but ``self`` (``monitoringRequired``) is read like an
    attribute: it needs no resolve info."""
    resolver = definition.base_resolver
    if (
        resolver.self_parameter is None
        or resolver.info_parameter is not None
        or resolver.parent_parameter is not None
        or resolver.root_parameter is not None
    ):
        return
    shape = _leaf_shape(field.type)
    if shape is not None:
        field.extensions = {**(field.extensions or {}), _PLAN: (resolver.wrapped_func, *shape)}


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
_GENERAL = object()  # the value needs the general path
# how to answer one field of a planned object: (source, the object's path or None) → its value or _GENERAL
_Complete = Callable[[Any, Path | None], Any]


# a plan that sent this many objects to the general path is dropped for the rest of the execution: its
# resolvers keep answering with awaitables (nothing pre-loaded their values), and each try costs a walk
MISSES_BEFORE_GIVING_UP = 3


class _Plan:
    """How to build an object of one type for one grouped field set: each response name and how to answer
    it; whether any of them needs the object's path (a resolver gets a resolve info with its path)."""

    __slots__ = ("fields", "key", "misses", "needs_path")

    def __init__(
        self, key: tuple[str, int], fields: tuple[tuple[str, _Complete], ...], needs_path: bool
    ) -> None:
        self.key = key
        self.fields = fields
        self.needs_path = needs_path
        self.misses = 0


def _leaf_value(
    read: Callable[[Any], Any], leaf: GraphQLLeafType, non_null: bool, str_as_is: bool, source: Any
) -> Any:
    """The field's response value, or ``_GENERAL`` when it needs the general path (null in a non-null
    field, a value its type does not take as it is, an exception: that path reports it with its location)."""
    try:
        value = read(source)
    except Exception:
        return _GENERAL
    return _coerced(leaf, non_null, str_as_is, value)


def _coerced(leaf: GraphQLLeafType, non_null: bool, str_as_is: bool, value: Any) -> Any:
    if value is None:
        return _GENERAL if non_null else None
    if str_as_is and type(value) is str:
        return value
    try:
        coerced = leaf.coerce_output_value(value)
    except Exception:
        return _GENERAL
    return _GENERAL if coerced is Undefined or coerced is None else coerced


def _leaf_complete(
    read: Callable[[Any], Any], leaf: GraphQLLeafType, non_null: bool, str_as_is: bool
) -> _Complete:
    def complete(source: Any, _path: Path | None) -> Any:
        return _leaf_value(read, leaf, non_null, str_as_is, source)

    return complete


def _build(plan: _Plan, source: Any, path: Path | None = None) -> dict[str, Any] | None:
    """The object's response, or None when any of its values needs the general path."""
    results: dict[str, Any] = {}
    for name, complete in plan.fields:
        value = complete(source, path)
        if value is _GENERAL:
            return None
        results[name] = value
    return results


def _finish_object(is_type_of: Any, non_null: bool, plan: _Plan, value: Any, path: Path | None) -> Any:
    if value is None:
        return _GENERAL if non_null else None
    if is_type_of is not None and is_type_of(value, None) is not True:
        return _GENERAL
    built = _build(plan, value, path)
    return _GENERAL if built is None else built


def _finish_list(
    is_type_of: Any, non_null: bool, item_non_null: bool, plan: _Plan, items: Any, path: Path | None
) -> Any:
    if items is None:
        return _GENERAL if non_null else None
    if type(items) is not list:
        return _GENERAL
    completed: list[Any] = []
    needs_path = plan.needs_path
    for index, item in enumerate(items):
        if item is None:
            if item_non_null:
                return _GENERAL
            completed.append(None)
            continue
        if is_type_of is not None and is_type_of(item, None) is not True:
            return _GENERAL
        built = _build(plan, item, Path(path, index, None) if needs_path else None)
        if built is None:
            return _GENERAL
        completed.append(built)
    return completed


def _constant(value: Any, _source: Any, _path: Path | None) -> Any:
    return value


def _abandon(value: Any) -> None:
    """A resolver's awaitable the plan will not wait for (the general path resolves the field again)."""
    if isinstance(value, Coroutine):
        value.close()


class ExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # per (object type, grouped field set): its plan when every selected field can be planned, else
        # None; graphql-core memoizes the grouped field sets for the execution, so their ids are stable
        self._plans: dict[tuple[str, int], _Plan | None] = {}

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: Any,
        position_context: Any,
    ) -> Any:
        """An object whose selected fields can all be planned is built in one walk; anything else, or any
        value the plan cannot take as it is, goes the general way."""
        plan = self._plan_of(parent_type, grouped_field_set)
        if plan is not None:
            built = _build(plan, source_value, path)
            if built is not None:
                return built
            self._missed(plan)
        return super().execute_fields(parent_type, source_value, path, grouped_field_set, position_context)

    def _missed(self, plan: _Plan) -> None:
        plan.misses += 1
        if plan.misses >= MISSES_BEFORE_GIVING_UP:
            self._plans[plan.key] = None

    def complete_iterable_value(
        self,
        item_type: Any,
        field_details_list: Any,
        info: Any,
        path: Path,
        items: Any,
        position_context: Any,
    ) -> Any:
        """A list of planned objects (a project's cameras) is built without completing each item one by one."""
        built = self._planned_list(item_type, field_details_list, path, items)
        if built is not None:
            return built
        return super().complete_iterable_value(
            item_type, field_details_list, info, path, items, position_context
        )

    def _planned_list(self, item_type: Any, field_details_list: Any, path: Path, items: Any) -> Any:
        if type(items) is not list:
            return None
        non_null = isinstance(item_type, GraphQLNonNull)
        object_type = item_type.of_type if non_null else item_type
        if not isinstance(object_type, GraphQLObjectType):
            return None
        if self.get_stream_usage(field_details_list, path) is not None:
            return None
        plan = self._sub_plan(object_type, field_details_list)
        if plan is None:
            return None
        built = _finish_list(object_type.is_type_of, False, non_null, plan, items, path)
        if built is _GENERAL:
            self._missed(plan)
            return None
        return built

    def _sub_plan(self, object_type: GraphQLObjectType, field_details_list: Any) -> _Plan | None:
        grouped_field_set, new_defer_usages, _ = self.collect_subfields(object_type, field_details_list)
        if new_defer_usages:
            return None
        return self._plan_of(object_type, grouped_field_set)

    def _plan_of(self, parent_type: GraphQLObjectType, grouped_field_set: Any) -> _Plan | None:
        key = (parent_type.name, id(grouped_field_set))
        plans = self._plans
        if key in plans:
            return plans[key]
        plans[key] = None  # a type met again below itself while planning is not planned there
        try:
            plan = self._new_plan(parent_type, grouped_field_set)
        except Exception:
            plan = None  # the general path meets and reports whatever made planning fail
        plans[key] = plan
        return plan

    def _new_plan(self, parent_type: GraphQLObjectType, grouped_field_set: Any) -> _Plan | None:
        middleware = self.middleware_manager
        if middleware is not None and middleware.middlewares:
            return None
        fields: list[tuple[str, _Complete]] = []
        needs_path = False
        for name, field_details_list in grouped_field_set.items():
            node = field_details_list[0].node
            if node.arguments:
                return None
            if node.name.value == "__typename":
                fields.append((name, partial(_constant, parent_type.name)))
                continue
            field_def = self.schema.get_field(parent_type, node.name.value)
            if field_def is None:
                return None
            extensions = field_def.extensions or {}
            marked = extensions.get(_PLAN)
            if marked is not None and node.selection_set is None:
                fields.append((name, _leaf_complete(*marked)))
                continue
            if node.directives:
                return None  # @defer / @stream below here: the general path
            complete = self._field_complete(parent_type, field_def, field_details_list, name, extensions)
            if complete is None:
                return None
            fields.append((name, complete[0]))
            needs_path = needs_path or complete[1]
        return _Plan((parent_type.name, id(grouped_field_set)), tuple(fields), needs_path)

    def _field_complete(
        self,
        parent_type: GraphQLObjectType,
        field_def: GraphQLField,
        field_details_list: Any,
        name: str,
        extensions: dict[str, Any],
    ) -> tuple[_Complete, bool] | None:
        """How to answer an object, list-of-objects or resolved-leaf field within a plan, and whether
        it needs its object's path; None when the field cannot be planned."""
        read: Callable[[Any], Any] | None = extensions.get(_ATTRIBUTE)
        resolve: Callable[[Any, Any], Any] | None = extensions.get(_SYNC_RESOLVER)
        if read is None and resolve is None:
            return None
        finish = self._finisher(field_def.type, field_details_list)
        if finish is None:
            return None
        finish_value, finish_needs_path = finish
        type_name = parent_type.name
        if read is not None:
            attribute = read

            def complete_attribute(source: Any, path: Path | None) -> Any:
                try:
                    value = attribute(source)
                except Exception:
                    return _GENERAL
                return finish_value(value, Path(path, name, type_name) if finish_needs_path else None)

            return complete_attribute, finish_needs_path

        assert resolve is not None
        resolver = resolve
        nodes = to_nodes(field_details_list)
        build_info = self.build_resolve_info

        def complete_resolved(source: Any, path: Path | None) -> Any:
            field_path = Path(path, name, type_name)
            try:
                value = resolver(source, build_info(field_def, nodes, parent_type, field_path))
            except Exception:
                return _GENERAL
            if self.is_awaitable(value):
                _abandon(value)
                return _GENERAL
            return finish_value(value, field_path)

        return complete_resolved, True

    def _finisher(
        self, return_type: Any, field_details_list: Any
    ) -> tuple[Callable[[Any, Path | None], Any], bool] | None:
        """How to turn a field's value of ``return_type`` into its response within a plan."""
        shape = _leaf_shape(return_type)
        if shape is not None:
            return (lambda value, _path: _coerced(*shape, value)), False
        non_null = isinstance(return_type, GraphQLNonNull)
        named = return_type.of_type if non_null else return_type
        if isinstance(named, GraphQLObjectType):
            object_plan = self._sub_plan(named, field_details_list)
            if object_plan is None:
                return None
            is_type_of = named.is_type_of
            return (partial(_finish_object, is_type_of, non_null, object_plan)), object_plan.needs_path
        if isinstance(named, GraphQLList):
            item = named.of_type
            item_non_null = isinstance(item, GraphQLNonNull)
            item_type = item.of_type if item_non_null else item
            if not isinstance(item_type, GraphQLObjectType):
                return None
            item_plan = self._sub_plan(item_type, field_details_list)
            if item_plan is None:
                return None
            return (
                partial(_finish_list, item_type.is_type_of, non_null, item_non_null, item_plan),
                item_plan.needs_path,
            )
        return None

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
