package main

import (
	"net/http"

	"example.com/platform/libs/shared/logging"
	"example.com/platform/services/api/internal/handlers"
)

func main() {
	logging.Info("api listening on :8080")
	http.ListenAndServe(":8080", handlers.Routes())
}
