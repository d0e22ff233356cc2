from fastapi import APIRouter

router = APIRouter()

USERS = [{"id": 1, "email": "ada@example.com"}]


@router.get("/")
def list_users() -> list[dict[str, object]]:
    return USERS
