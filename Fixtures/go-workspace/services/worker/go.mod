module example.com/shop/worker

go 1.22

require (
	example.com/shop/kit v0.0.0 // resolved through go.work
)
