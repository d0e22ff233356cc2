package main

import (
	"net/http"

	"example.com/shop/kit/logx"
)

func main() {
	logx.Event("api", "listening on :8080")
	http.ListenAndServe(":8080", nil)
}
