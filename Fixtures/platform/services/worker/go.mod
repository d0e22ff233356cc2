module example.com/platform/services/worker

go 1.22

require example.com/platform/libs/shared v0.0.0
