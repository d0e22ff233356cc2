from pydantic import BaseModel


class Money(BaseModel):
    cents: int
    currency: str = "EUR"
