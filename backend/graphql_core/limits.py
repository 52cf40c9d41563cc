"""Operation budget: the size and cost of an operation *with its fragments expanded*, decided once
per fragment (memoized) and before any other validation.

GraphQL's own validators, and strawberry's depth and alias limiters, walk fragment spreads again
at every use, so ``fragment L0 { ...L1 ...L1 } fragment L1 { ...L2 ...L2 } …`` costs them time
exponential in the chain length. Here a fragment's expanded size is computed once, an operation
over the budget is answered with an error without running any other rule, and only operations
within the budget reach validation and execution.

Three numbers are limited:
- ``fields``: selected fields with every fragment expanded (the work validation does);
- ``pairs``: same-named sibling fields after merging, Σ k·(k-1)/2 (the work the
  "overlapping fields can be merged" rule does: it compares every pair);
- ``cost``: fields weighted by how many times they will be resolved — each connection multiplies
  its subtree by ``first`` (default page size when absent), each plain list by its known size
  (``LIST_SIZES``) or ``list_estimate``.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    validate,
)
from graphql.type.definition import GraphQLInterfaceType, GraphQLObjectType
from strawberry.extensions import SchemaExtension
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

from backend.graphql_core.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")


# Plain lists whose size the domain fixes (the city has 16 districts); others use list_estimate.
LIST_SIZES = {"Query.districts": 16}


@dataclass(frozen=True)
class Budget:
    max_depth: int = 12
    max_aliases: int = 30
    max_fields: int = 1000
    max_pairs: int = 2000
    max_cost: int = 200_000
    list_estimate: int = 10
    hide_suggestions: bool = True


class OverBudget(Exception):
    code = "QUERY_TOO_COMPLEX"


class PageTooLarge(OverBudget):
    code = "BAD_USER_INPUT"


class _Cycle(Exception):
    pass


@dataclass
class _Group:
    """Fields with one response key in one merged selection set."""

    nodes: list[tuple[FieldNode, GraphQLNamedType | None]]


class OperationAnalysis:
    def __init__(
        self,
        schema: GraphQLSchema,
        document: DocumentNode,
        variables: dict[str, Any] | None,
        budget: Budget,
    ) -> None:
        self.schema = schema
        self.budget = budget
        self.variables = variables or {}
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self.operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
        self._fragment_sizes: dict[str, tuple[int, int]] = {}
        self._visiting: set[str] = set()

    # -- expanded size and depth, memoized per fragment ----------------------------------------
    def measure(self, selection_set: SelectionSetNode | None) -> tuple[int, int]:
        """(fields, depth) of a selection with fragments expanded; a leaf field has depth 0."""
        if selection_set is None:
            return 0, 0
        fields = 0
        depth = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                sub_fields, sub_depth = self.measure(selection.selection_set)
                fields += 1 + sub_fields
                if selection.selection_set is not None:
                    depth = max(depth, 1 + sub_depth)
            else:
                if isinstance(selection, InlineFragmentNode):
                    sub_fields, sub_depth = self.measure(selection.selection_set)
                else:
                    assert isinstance(selection, FragmentSpreadNode)
                    sub_fields, sub_depth = self._fragment(selection.name.value)
                fields += sub_fields
                depth = max(depth, sub_depth)
        return fields, depth

    def _fragment(self, name: str) -> tuple[int, int]:
        if name in self._fragment_sizes:
            return self._fragment_sizes[name]
        fragment = self.fragments.get(name)
        if fragment is None:
            return 0, 0  # unknown fragment: validation reports it
        if name in self._visiting:
            raise _Cycle(name)
        self._visiting.add(name)
        try:
            size = self.measure(fragment.selection_set)
        finally:
            self._visiting.discard(name)
        self._fragment_sizes[name] = size
        return size

    def aliases(self) -> int:
        count = 0
        stack: list[Any] = [d.selection_set for d in self.operations] + [
            f.selection_set for f in self.fragments.values()
        ]
        while stack:
            selection_set = stack.pop()
            if selection_set is None:
                continue
            for selection in selection_set.selections:
                if isinstance(selection, FieldNode) and selection.alias is not None:
                    count += 1
                if not isinstance(selection, FragmentSpreadNode):
                    stack.append(selection.selection_set)
        return count

    # -- merged tree: pairs and cost (only run once the expanded size is within budget) ---------
    def _collect(
        self, selection_sets: list[tuple[SelectionSetNode, GraphQLNamedType | None]]
    ) -> dict[str, _Group]:
        groups: dict[str, _Group] = {}
        for selection_set, parent in selection_sets:
            for selection, owner in self._flatten(selection_set, parent):
                key = selection.alias.value if selection.alias else selection.name.value
                groups.setdefault(key, _Group([])).nodes.append((selection, owner))
        return groups

    def _flatten(
        self, selection_set: SelectionSetNode, parent: GraphQLNamedType | None
    ) -> Iterator[tuple[FieldNode, GraphQLNamedType | None]]:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                yield selection, parent
            elif isinstance(selection, InlineFragmentNode):
                condition = (
                    self.schema.get_type(selection.type_condition.name.value)
                    if selection.type_condition
                    else parent
                )
                yield from self._flatten(selection.selection_set, condition)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments.get(selection.name.value)
                if fragment is not None:
                    condition = self.schema.get_type(fragment.type_condition.name.value)
                    yield from self._flatten(fragment.selection_set, condition)

    def _field(self, parent: GraphQLNamedType | None, name: str) -> GraphQLField | None:
        if isinstance(parent, GraphQLObjectType | GraphQLInterfaceType):
            return parent.fields.get(name)
        return None

    def _int_argument(self, node: FieldNode, name: str) -> int | None:
        for argument in node.arguments or ():
            if argument.name.value != name:
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                return int(value.value)
            if isinstance(value, VariableNode):
                raw = self.variables.get(value.name.value)
                if isinstance(raw, int) and not isinstance(raw, bool) and -(2**31) <= raw < 2**31:
                    return raw
                return None  # not an Int: input coercion reports it
        return None

    def _multiplier(self, node: FieldNode, parent: GraphQLNamedType | None, field: GraphQLField) -> int:
        return_type = field.type
        if isinstance(return_type, GraphQLNonNull):
            return_type = return_type.of_type
        named = get_named_type(return_type)
        if named.name.endswith("Connection"):
            first = self._int_argument(node, "first")
            if first is not None and not 0 <= first <= MAX_PAGE_SIZE:
                raise PageTooLarge(f"first must be between 0 and {MAX_PAGE_SIZE}")
            return max(1, DEFAULT_PAGE_SIZE if first is None else first)
        if isinstance(return_type, GraphQLList):
            # A connection's edges are already counted by its `first`.
            if parent is not None and parent.name.endswith("Connection"):
                return 1
            if parent is not None and f"{parent.name}.{node.name.value}" in LIST_SIZES:
                return LIST_SIZES[f"{parent.name}.{node.name.value}"]
            return self.budget.list_estimate
        return 1

    def merged_cost(
        self, selection_sets: list[tuple[SelectionSetNode, GraphQLNamedType | None]]
    ) -> tuple[int, int]:
        """(cost, pairs) of the merged selection."""
        cost = 0
        pairs = 0
        for group in self._collect(selection_sets).values():
            count = len(group.nodes)
            pairs += count * (count - 1) // 2
            node, parent = group.nodes[0]
            field = self._field(parent, node.name.value)
            children = [
                (n.selection_set, get_named_type(f.type) if (f := self._field(p, n.name.value)) else None)
                for n, p in group.nodes
                if n.selection_set is not None
            ]
            multiplier = self._multiplier(node, parent, field) if field is not None else 1
            sub_cost, sub_pairs = self.merged_cost(children) if children else (0, 0)
            cost += 1 + multiplier * sub_cost
            pairs += sub_pairs
            if pairs > self.budget.max_pairs:
                raise OverBudget("too many repeated fields")
            if cost > self.budget.max_cost:
                raise OverBudget("query cost exceeds the limit")
        return cost, pairs

    def check(self) -> None:
        budget = self.budget
        aliases = self.aliases()
        if aliases > budget.max_aliases:
            raise OverBudget(f"{aliases} aliases found. Allowed: {budget.max_aliases}")
        try:
            for fragment in self.fragments:
                self._fragment(fragment)
            measured = [self.measure(op.selection_set) for op in self.operations]
        except _Cycle as cycle:
            raise OverBudget(f"fragment {cycle} spreads itself") from None
        fields = sum(size for size, _ in measured)
        depth = max((d for _, d in measured), default=0)
        if depth > budget.max_depth:
            raise OverBudget(f"the operation exceeds maximum operation depth of {budget.max_depth}")
        if fields > budget.max_fields:
            raise OverBudget(
                f"operation selects {fields} fields with fragments expanded (limit {budget.max_fields})"
            )
        for operation in self.operations:
            root = self.schema.get_root_type(operation.operation)
            self.merged_cost([(operation.selection_set, root)])
            logins = sum(
                1
                for field, _ in self._flatten(operation.selection_set, root)
                if root is not None and root.name == "Mutation" and field.name.value == "login"
            )
            if logins > 1:
                # Each login costs an argon2 verification: aliases must not multiply it.
                raise OverBudget("at most one login per request")


def check_operation(
    schema: GraphQLSchema, document: DocumentNode, variables: dict[str, Any] | None, budget: Budget
) -> GraphQLError | None:
    try:
        OperationAnalysis(schema, document, variables, budget).check()
    except PageTooLarge as refused:
        return GraphQLError(str(refused), extensions={"code": refused.code})
    except OverBudget as refused:
        return GraphQLError(f"Operation refused: {refused}", extensions={"code": refused.code})
    return None


def without_suggestions(error: GraphQLError) -> GraphQLError:
    error.message = _SUGGESTION.sub("", error.message)
    return error


# Documents that passed validation (a pure function of the schema, the text and the rules): the
# SPA sends the same few documents over and over — 250 sockets re-subscribing to `Alerts` after a
# backend died validated the same text 250 times (~10% of the surviving backend's CPU then).
# Only valid texts are kept, so an invalid one is validated (and its errors reported) every time;
# the budget above still runs per request (it depends on the variables).
VALID_DOCUMENTS_LIMIT = 512
_VALID_DOCUMENTS: OrderedDict[tuple[Any, str | None, tuple[Any, ...]], None] = OrderedDict()


class OperationBudget(SchemaExtension):
    """Rejects over-budget operations before validation; then validates (without "Did you mean"
    suggestions outside demo mode, so the schema cannot be guessed field by field)."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if document is not None and context.pre_execution_errors is None:
            schema = context.schema._schema
            refused = check_operation(schema, document, context.variables, self.budget)
            if refused is not None:
                context.pre_execution_errors = [refused]
            else:
                rules = (*context.validation_rules, MaybeNullValidationRule, OneOfInputValidationRule)
                key = (schema, context.query, rules)
                if context.query is not None and key in _VALID_DOCUMENTS:
                    _VALID_DOCUMENTS.move_to_end(key)
                    context.pre_execution_errors = []
                else:
                    errors = validate(schema, document, rules, hide_suggestions=self.budget.hide_suggestions)
                    if self.budget.hide_suggestions:
                        errors = [without_suggestions(error) for error in errors]
                    context.pre_execution_errors = errors
                    if not errors and context.query is not None:
                        _VALID_DOCUMENTS[key] = None
                        while len(_VALID_DOCUMENTS) > VALID_DOCUMENTS_LIMIT:
                            _VALID_DOCUMENTS.popitem(last=False)
        yield

    def on_operation(self) -> Iterator[None]:
        yield
        if not self.budget.hide_suggestions:
            return
        result = self.execution_context.result
        for error in getattr(result, "errors", None) or ():
            without_suggestions(error)
