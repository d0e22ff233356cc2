from fastapi import FastAPI
from shop_common import Money

app = FastAPI()


@app.get("/price")
def price() -> Money:
    return Money(cents=1250)
