from shop_common.money import Money

__all__ = ["Money"]
