package main

import (
	"example.com/platform/libs/shared/logging"
	"example.com/platform/services/worker/jobs"
)

func main() {
	logging.Info("worker started")
	jobs.Run()
}
