module example.com/platform/libs/shared

go 1.22
