module example.com/shop/api

go 1.22

require example.com/shop/kit v0.0.0

replace example.com/shop/kit => ../../libs/kit
