import redis
from shop_common import Money


def main() -> None:
    queue = redis.Redis(host="redis")
    queue.rpush("prices", Money(cents=100).model_dump_json())


if __name__ == "__main__":
    main()
