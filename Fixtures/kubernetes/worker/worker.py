import time

while True:
    print("processing the queue")
    time.sleep(30)
