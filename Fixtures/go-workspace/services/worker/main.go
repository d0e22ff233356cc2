package main

import "example.com/shop/kit/logx"

func main() {
	logx.Event("worker", "started")
}
