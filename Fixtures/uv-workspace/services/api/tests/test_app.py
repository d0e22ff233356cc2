from shop_api.app import price


def test_price():
    assert price().cents == 1250
