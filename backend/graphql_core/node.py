import strawberry


@strawberry.interface(description="An object with an opaque global id, resolvable with `node(id:)`.")
class Node:
    id: strawberry.ID
