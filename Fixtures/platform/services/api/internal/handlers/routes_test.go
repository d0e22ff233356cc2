package handlers

import "testing"

func TestRoutes(t *testing.T) {
	if Routes() == nil {
		t.Fatal("no routes")
	}
}
