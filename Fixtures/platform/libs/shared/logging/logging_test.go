package logging

import "testing"

func TestInfo(t *testing.T) { Info("test") }
