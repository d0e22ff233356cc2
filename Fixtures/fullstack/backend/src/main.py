from fastapi import FastAPI

from src.config import settings
from src.routes import health, users

app = FastAPI(title="backend", debug=settings.environment == "development")
app.include_router(health.router)
app.include_router(users.router, prefix="/users")
