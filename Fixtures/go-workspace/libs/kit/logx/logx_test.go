package logx

import "testing"

func TestEvent(t *testing.T) {
	Event("test", "ran")
}
