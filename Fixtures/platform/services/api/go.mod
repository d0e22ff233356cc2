module example.com/platform/services/api

go 1.22

require example.com/platform/libs/shared v0.0.0
